// Translations: fr and en build clean in both editions with their own typography and /Lang; stale and missing translated fields are reported exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { loadProject, runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { translationDone } from '../../src/commands/translationDone.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { extractText } from '../support/renderPdf.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { withoutCodes } from '../support/withoutCodes.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };

/** 1-based line and column of the first match of `re` (the column of group 1) in `text`. */
function pos(text: string, re: RegExp): string {
  const m = re.exec(text)!;
  const offset = m.index + m[0].indexOf(m[1]!);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('French and English', () => {
  let result: RunBuildResult;
  const pdf = (path: string) => result.results.flatMap((r) => r.files).find((f) => f.path === path)!.bytes;
  beforeAll(async () => {
    result = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['fr', 'en'] });
  });

  it('build the flyer and the brochure (not the Dutch-only poster and leidraad), both editions, without a diagnostic', async () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    expect(result.results.flatMap((r) => r.files.map((f) => f.path)).sort()).toEqual(
      ['en', 'fr'].flatMap((l) => ['brochure', 'flyer'].flatMap((m) => ['print', 'screen'].map((e) => `oostende/${m}-oostende-${l}-${e}.pdf`))).sort(),
    );
    for (const file of result.results.flatMap((r) => r.files)) {
      expect(await preflightPdf(file.bytes, { edition: file.edition }), file.path).toEqual([]);
    }
  });

  it('print their own language, with its typography (French « » with no-break spaces)', async () => {
    const fr = (await extractText(pdf('oostende/flyer-oostende-fr-print.pdf'))).join('\n');
    expect(fr).toContain('Quitter l’école sans');
    expect(fr).toMatch(/«[\s\u00A0]apprendre et travailler[\s\u00A0]»/);
    expect(fr).toMatch(/qualification[\s\u00A0]\?/);
    const en = (await extractText(pdf('oostende/brochure-oostende-en-print.pdf'))).join('\n');
    expect(en).toContain('I want to combine both');
    expect(en).toContain('“I want to combine both”');
    expect(en).toContain('0800 30 700');
  });

  it('tag the screen edition with the language: fr-BE, en', async () => {
    for (const [lang, tag] of [
      ['fr', 'fr-BE'],
      ['en', 'en'],
    ]) {
      const doc = await PDFDocument.load(pdf(`oostende/flyer-oostende-${lang}-screen.pdf`));
      expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString) as PDFString).decodeText()).toBe(tag);
    }
  });
});

describe('translation tracking', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
  });
  afterAll(async () => project.dispose());

  it('the shipped translations are recorded against today’s Dutch text', async () => {
    const { diagnostics } = await loadProject(REPO);
    expect(diagnostics.filter((d) => d.file?.startsWith('content/'))).toEqual([]);
  });

  it('warns at the translated field when its Dutch text changed, naming where', async () => {
    await project.replace('content/nl/flyer.yaml', 'Je hebt meer opties dan je denkt.', 'Je hebt echt meer opties dan je denkt.');
    const { diagnostics } = await loadProject(project.root);
    const fr = await project.read('content/fr/flyer.yaml');
    const nl = await project.read('content/nl/flyer.yaml');
    const [line, column] = pos(fr, /^intro: (")/m)
      .split(':')
      .map(Number);
    expect(withoutCodes(diagnostics.filter((d) => d.file === 'content/fr/flyer.yaml'))).toEqual([
      {
        severity: 'warning',
        message: `"intro" is translated from an older Dutch text (content/nl/flyer.yaml:${pos(nl, /^intro: (")/m)} changed); update the translation, then run drukwerk translation-done fr flyer`,
        file: 'content/fr/flyer.yaml',
        line,
        column,
        field: 'intro',
      },
    ]);
    // recording the translation as done clears it
    const done = await translationDone(project.root, 'fr', ['flyer']);
    expect(done).toMatchObject({ recorded: ['flyer'], diagnostics: [] });
    const after = await loadProject(project.root);
    expect(after.diagnostics.filter((d) => d.file === 'content/fr/flyer.yaml')).toEqual([]);
    expect(after.diagnostics.filter((d) => d.file === 'content/en/flyer.yaml').map((d) => d.field)).toEqual(['intro']);
  });

  it('a Dutch field missing in the translation is an error naming it, never a fallback to Dutch', async () => {
    await project.replace('content/fr/brochure.yaml', /\n\s+next_step: "Demande l'accompagnateur de parcours[^\n]*/, '');
    const { project: parsed, diagnostics } = await loadProject(project.root);
    const fr = await project.read('content/fr/brochure.yaml');
    const nl = await project.read('content/nl/brochure.yaml');
    const [line, column] = pos(fr, /- (name): "Enseignement pour adultes/)
      .split(':')
      .map(Number);
    expect(parsed).toBeUndefined();
    expect(withoutCodes(diagnostics.filter((d) => d.file === 'content/fr/brochure.yaml'))).toEqual([
      {
        severity: 'error',
        message: `"statements[0].routes[1].next_step" is in the Dutch text (content/nl/brochure.yaml:${pos(nl, /next_step: ("Vraag een CVO in je buurt naar de traj)/)}) but missing in this translation`,
        file: 'content/fr/brochure.yaml',
        line,
        column,
        field: 'statements[0].routes[1].next_step',
        hint: 'translate it: a translation never falls back to Dutch',
      },
    ]);
  });

  it('a list with fewer items than the Dutch one is an error naming the list', async () => {
    await project.replace('content/en/brochure.yaml', /\n      - name: "Work placement \(BIS\)"\n[^\n]*\n[^\n]*/, '');
    const { diagnostics } = await loadProject(project.root);
    const errors = diagnostics.filter((d) => d.file === 'content/en/brochure.yaml' && d.severity === 'error');
    expect(errors.map((d) => d.message)).toEqual([
      expect.stringMatching(/^"statements\[1\]\.routes" has 2 item\(s\) in this translation, but 3 in the Dutch text \(content\/nl\/brochure\.yaml:\d+:\d+\)$/),
    ]);
  });
});
