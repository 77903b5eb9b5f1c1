// Acceptance, in its own process: with DRUKWERK_MESSAGES=nl (or `messages: nl` in drukwerk.yaml) a preflight finding, an output folder that is a file and a wrong argument are said in Dutch, with the same file, page, check and exit code as in English.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coded } from '../../src/messages/coded.js';
import { formatFinding } from '../../src/preflight/formatFinding.js';
import { at, makePdf } from '../preflight/fixtures.js';
import { cli, hasCli, STACK_FRAME } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const DUTCH = { DRUKWERK_MESSAGES: 'nl' };

describe('a coded finding', () => {
  it('keeps its English text and prints in Dutch by its code, at the same page and position', () => {
    const finding = { severity: 'warning' as const, check: 'line-width', page: 1, x: 20, y: 7.25, ...coded('preflight.thinLine', { width: '0.10', min: 0.25 }) };
    expect(finding.message).toBe('a stroked line is 0.10 pt wide; the minimum is 0.25 pt');
    expect(formatFinding('a.pdf', finding)).toBe('a.pdf  page 1 at 20.0, 7.3 mm  warning  line-width  a stroked line is 0.10 pt wide; the minimum is 0.25 pt');
    expect(formatFinding('a.pdf', finding, 'nl')).toBe('a.pdf  pagina 1 op 20.0, 7.3 mm  waarschuwing  line-width  een lijn is 0.10 pt dik; het minimum is 0.25 pt');
  });
});

describe.skipIf(!hasCli)('Dutch messages end to end (dist/cli.js)', () => {
  let project: TempProject;
  const file = (name: string) => path.join(project.root, name);
  beforeAll(async () => {
    project = await tempProject();
    await writeFile(file('no-trimbox.pdf'), await makePdf(undefined, { trimBox: false }));
    await writeFile(
      file('helvetica.pdf'),
      await makePdf(
        (doc) =>
          void doc
            .font('Helvetica')
            .fontSize(10)
            .fillColor([0, 0, 0, 100])
            .text('Niet ingebed', ...at(20, 60), { lineBreak: false }),
      ),
    );
  });
  afterAll(() => project.dispose());

  it('drukwerk preflight: each finding in Dutch, with its file, page and check as in English, and the summary; exit 1', async () => {
    const { code, stdout, stderr } = await cli(['preflight', file('no-trimbox.pdf'), file('helvetica.pdf')], { env: DUTCH });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${file('no-trimbox.pdf')}  pagina 1  fout  page-boxes  de pagina heeft geen TrimBox; voor druk heeft elke pagina een TrimBox nodig`,
      `${file('helvetica.pdf')}  pagina 1  fout  fonts-embedded  lettertype "Helvetica" (F1, Type1) is een van de 14 standaardlettertypen van PDF en is niet ingesloten; voor druk moet elk lettertype ingesloten zijn`,
      '2 bestanden: 0 in orde, 2 met 2 fouten',
    ]);
    expect(stderr).toBe('');
  });

  it('drukwerk preflight of a folder: the refusal in Dutch on stderr', async () => {
    const { code, stdout, stderr } = await cli(['preflight', project.root], { env: DUTCH });
    expect(code).toBe(1);
    expect(stderr.trimEnd()).toBe(`${project.root}  fout  dit is een map, geen bestand; preflight leest PDF-bestanden`);
    expect(stdout.trimEnd()).toBe('1 bestand: 0 in orde, 1 met 1 fout');
  });

  it('an output folder that is a file: one Dutch sentence, exit 2 (a wrong command line), no stack trace; the same in English without the setting', async () => {
    await project.write('uitvoer', 'dit is een bestand\n');
    const args = ['build', '--project', project.root, '--out', 'uitvoer', '--material', 'poster', '--region', 'oostende'];
    const dutch = await cli(args, { env: DUTCH });
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).not.toMatch(STACK_FRAME);
    expect(dutch.stderr.trimEnd()).toBe(`fout: --out uitvoer: ${file('uitvoer')} is een bestand, geen map; geef een map (die wordt gemaakt als ze ontbreekt)`);
    const english = await cli(args, { env: { DRUKWERK_MESSAGES: 'en' } });
    expect([english.code, english.stderr.trimEnd()]).toEqual([2, `error: --out uitvoer: ${file('uitvoer')} is a file, not a folder; give a folder (it is created when missing)`]);
  });

  it('an unknown messages: value in drukwerk.yaml is a warning at its line and column with the allowed values, in English and in Dutch (LANG=nl)', async () => {
    await project.write('drukwerk.yaml', '# settings\nmessages: frans\n');
    const env = { DRUKWERK_MESSAGES: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };
    const english = await cli(['list', '--project', project.root, '--region', 'oostende'], { env: { ...env, LANG: 'C' } });
    expect(english.code).toBe(0);
    expect(english.stderr.trimEnd().split('\n')).toEqual([
      'drukwerk.yaml:2:11  warning  messages: "frans" is not a language drukwerk speaks; the allowed values are nl, en (messages stay in the language of LANG, else English)',
      '    field: messages',
      '    hint: write messages: nl for Dutch or messages: en for English',
      '    2 | messages: frans',
      '      |           ^',
    ]);
    const dutch = await cli(['list', '--project', project.root, '--region', 'oostende'], { env: { ...env, LANG: 'nl_BE.UTF-8' } });
    expect(dutch.code).toBe(0);
    expect(dutch.stderr.trimEnd().split('\n').slice(0, 3)).toEqual([
      'drukwerk.yaml:2:11  waarschuwing  messages: "frans" is geen taal die drukwerk spreekt; mogelijk zijn nl, en (de meldingen blijven in de taal van LANG, anders Engels)',
      '    veld: messages',
      '    tip: schrijf messages: nl voor Nederlands of messages: en voor Engels',
    ]);
    // a known value says nothing
    await project.write('drukwerk.yaml', 'messages: en\n');
    expect((await cli(['list', '--project', project.root, '--region', 'oostende'], { env })).stderr).toBe('');
    await project.remove('drukwerk.yaml');
  });

  it('a wrong argument in the language of the project given with --project (messages: nl in drukwerk.yaml)', async () => {
    await project.write('drukwerk.yaml', 'messages: nl\n');
    const { code, stderr } = await cli(['build', '--project', project.root, '--jobs', '0'], { env: { DRUKWERK_MESSAGES: undefined, LANG: 'C' } });
    expect(code).toBe(2);
    expect(stderr).toContain('geef een geheel getal van 1 of meer');
    await project.remove('drukwerk.yaml');
  });
});
