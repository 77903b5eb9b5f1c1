// Region text per language: the shipped French, English and Arabic flyer and brochure of Oostende print their region's text in their own language and none of the Dutch; a text a language lacks is an error at the Dutch field (nothing built); a changed Dutch text is flagged in every translation; translation-done records region translations.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadProject, runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { translationDone } from '../../src/commands/translationDone.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { extractText } from '../support/renderPdf.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { cli } from '../support/runCli.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };

/** Text as it reads, whatever the lines, spaces, hyphens and apostrophes the layout and typography made of it. */
const squeeze = (s: string): string => s.replace(/[\s\u00AD-]+/g, '').replace(/’/g, "'");

async function yamlAt(root: string, rel: string): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(root, rel), 'utf8')) as Record<string, unknown>;
}
const valueAt = (data: unknown, field: string): string => {
  const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);
  if (typeof value !== 'string') throw new Error(`fixture: no text at ${field}`);
  return value;
};

/** 1-based line:column where `needle` starts in `text` (its first occurrence). */
function lineColumn(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture: "${needle}" not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** What the Oostende flyer and brochure print of their region, by the region file that writes it. */
const FROM_PROVINCE = [
  'contacts.vdab.description',
  'contacts.vdab.hours',
  'contacts.clbchat.description',
  'contacts.clbchat.hours',
  'contacts.jac.description',
  'contacts.awel.description',
  'contacts.onderwijskiezer.description',
];
const FROM_OOSTENDE = [
  'contacts.leerwinkel.description',
  'contacts.clb-de-havens.description',
  'contacts.clb-go-oostende.description',
  'contacts.multitrajecten.description',
  'contacts.youthstart.description',
];
/** Names of organisations: printed as written in every language. */
const NAMES = ['VDAB', 'CLBch@t', 'JAC', 'Awel', 'Onderwijskiezer', 'Vrij CLB De Havens Oostende', 'CLB GO! Oostende', 'Multitrajecten (Stad Oostende)', 'YouthStart'];

const pick = (d: Diagnostic) => ({ severity: d.severity, message: d.message, file: d.file, line: d.line, column: d.column, field: d.field, hint: d.hint });

describe('the shipped translated editions of Oostende', () => {
  let result: RunBuildResult;
  const text = async (p: string): Promise<string> => squeeze((await extractText(result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes)).join(''));
  beforeAll(async () => {
    result = await runBuild({ root: REPO, ...options, regions: ['oostende'], materials: ['flyer', 'brochure'], editions: ['print'] });
  });

  it('build clean in every language', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    expect(result.results.flatMap((r) => r.files).length).toBe(8);
  });

  it('the Dutch edition prints the Dutch region text (what the translations must not)', async () => {
    const nl = await yamlAt(REPO, 'content/regions/west-vlaanderen.yaml');
    const flyer = await text('oostende/flyer-oostende-nl-print.pdf');
    expect(flyer).toContain(squeeze('Werk, opleiding en begeleiding.'));
    expect(flyer).toContain(squeeze(valueAt(nl, 'contacts.vdab.hours')));
  });

  for (const lang of ['fr', 'en', 'ar']) {
    it(`${lang}: the flyer and the brochure print every region text in ${lang}, none in Dutch; organisation names as written`, async () => {
      const dutch = { province: await yamlAt(REPO, 'content/regions/west-vlaanderen.yaml'), oostende: await yamlAt(REPO, 'content/regions/oostende.yaml') };
      const translated = { province: await yamlAt(REPO, `content/${lang}/regions/west-vlaanderen.yaml`), oostende: await yamlAt(REPO, `content/${lang}/regions/oostende.yaml`) };
      for (const material of ['flyer', 'brochure']) {
        const printed = await text(`oostende/${material}-oostende-${lang}-print.pdf`);
        const fields: [keyof typeof dutch, string][] = [
          ...FROM_PROVINCE.map((f) => ['province', f] as [keyof typeof dutch, string]),
          ...FROM_OOSTENDE.map((f) => ['oostende', f] as [keyof typeof dutch, string]),
          ...(material === 'brochure' ? [['oostende', 'local.brochure'] as [keyof typeof dutch, string]] : []),
        ];
        for (const [origin, field] of fields) {
          expect(printed, `${material} ${lang}: ${field}`).toContain(squeeze(valueAt(translated[origin], field)));
          expect(printed, `${material} ${lang}: no Dutch ${field}`).not.toContain(squeeze(valueAt(dutch[origin], field)));
        }
        // "locatie Oostende" is words: translated; the names of organisations are not
        expect(printed).toContain(squeeze(valueAt(translated.oostende, 'contacts.leerwinkel.name')));
        expect(printed).not.toContain(squeeze('Leerwinkel – locatie Oostende'));
        for (const name of NAMES) expect(printed, `${material} ${lang}: ${name}`).toContain(squeeze(name));
      }
    });
  }

  it('the French words are the translation’s (spot check of the whole chain: province, Oostende, local text)', async () => {
    const flyer = await text('oostende/flyer-oostende-fr-print.pdf');
    for (const s of ['Emploi, formation et accompagnement.', 'Chaque jour ouvrable de 8 h à 19 h', 'Demande à ton école si c’est ton CLB.', 'Leerwinkel – site d’Oostende'])
      expect(flyer).toContain(squeeze(s));
    const brochure = await text('oostende/brochure-oostende-en-print.pdf');
    expect(brochure).toContain(squeeze('Do you live in Oostende or go to school there?'));
    expect(brochure).not.toContain(squeeze('Woon je in Oostende'));
  });
});

describe('a region text a language lacks', () => {
  let project: TempProject;
  const restore = new Map<string, string>();
  const change = async (rel: string, from: string | RegExp, to: string): Promise<void> => {
    if (!restore.has(rel)) restore.set(rel, await project.read(rel));
    await project.replace(rel, from, to);
  };
  beforeAll(async () => {
    project = await tempProject(['content', 'templates', 'fonts', 'icc', 'images']);
  });
  afterEach(async () => {
    for (const [rel, text] of restore) await project.write(rel, text);
    restore.clear();
  });
  afterAll(async () => project.dispose());

  it('is an error at the Dutch text naming the field, the language and the file it goes in; nothing is built', async () => {
    await change('content/fr/regions/oostende.yaml', /\n {2}youthstart:\n {4}description: "Economisch Huis[^\n]*/, '');
    const built = await runBuild({ root: project.root, ...options, regions: ['oostende'], langs: ['nl', 'fr'] });
    const at = lineColumn(await project.read('content/regions/oostende.yaml'), '"Economisch Huis: 8 volle dagen');
    expect(withoutOpenContacts(built.diagnostics).map(pick)).toEqual([
      {
        severity: 'error',
        message:
          '"contacts.youthstart.description" is not translated into French (fr): a translated edition never prints Dutch region text, so the flyer and brochure of "oostende" in that language are not built',
        file: 'content/regions/oostende.yaml',
        ...at,
        field: 'contacts.youthstart.description',
        hint: 'add contacts.youthstart.description to content/fr/regions/oostende.yaml, translated from this Dutch text; then run drukwerk translation-done fr regions/oostende. Only the Dutch editions meanwhile: build with --lang nl',
      },
    ]);
    expect(built.diagnostics.find((d) => d.severity === 'error')!.code).toBe('diag.regionTextMissing');
    expect(built.results).toEqual([]);
    // the Dutch editions alone do not need it
    const dutch = await runBuild({ root: project.root, ...options, regions: ['oostende'], langs: ['nl'], materials: ['flyer'] });
    expect(withoutOpenContacts(dutch.diagnostics)).toEqual([]);
    expect(dutch.results.flatMap((r) => r.files).length).toBe(2);
  });

  it('an inherited text is looked for in the translation of the region that writes it, and named once for every region it stops', async () => {
    await change('content/ar/regions/west-vlaanderen.yaml', /\n {4}hours: "كل يوم عمل[^\n]*/, '');
    await change('content/en/regions/west-vlaanderen.yaml', /\n {4}hours: "Every working day[^\n]*/, '');
    const built = await runBuild({ root: project.root, ...options, materials: ['flyer'] });
    const at = lineColumn(await project.read('content/regions/west-vlaanderen.yaml'), '"Elke werkdag van 8 tot 19 uur"');
    expect(withoutOpenContacts(built.diagnostics).map(pick)).toEqual([
      {
        severity: 'error',
        message:
          '"contacts.vdab.hours" is not translated into Arabic (ar) and English (en): a translated edition never prints Dutch region text, so the flyer of "oostende" and "west-vlaanderen" in those languages are not built',
        file: 'content/regions/west-vlaanderen.yaml',
        ...at,
        field: 'contacts.vdab.hours',
        hint: 'add contacts.vdab.hours to content/ar/regions/west-vlaanderen.yaml and content/en/regions/west-vlaanderen.yaml, translated from this Dutch text; then run drukwerk translation-done <language> regions/west-vlaanderen for each of ar, en. Only the Dutch editions meanwhile: build with --lang nl',
      },
    ]);
    expect(built.results).toEqual([]);
  });

  it('build exits 1, says it in the officer’s Dutch at the line of the Dutch text, and writes nothing', async () => {
    await change('content/fr/regions/west-vlaanderen.yaml', /\n {4}description: "Emploi, formation[^\n]*/, '');
    const out = path.join(project.root, 'out');
    const run = await cli(['build', '--project', project.root, '--out', out, '--region', 'oostende', '--lang', 'fr', '--material', 'flyer'], { env: { DRUKWERK_MESSAGES: 'nl' } });
    expect(run.code).toBe(1);
    const { line, column } = lineColumn(await project.read('content/regions/west-vlaanderen.yaml'), '"Werk, opleiding en begeleiding."');
    expect(run.stderr).toContain(
      `content/regions/west-vlaanderen.yaml:${line}:${column}  fout  "contacts.vdab.description" is niet vertaald in het Frans (fr): een vertaalde editie drukt nooit Nederlandse regiotekst, dus de flyer van "oostende" in die taal wordt niet gebouwd\n` +
        '    veld: contacts.vdab.description\n' +
        '    tip: zet contacts.vdab.description in content/fr/regions/west-vlaanderen.yaml, vertaald uit deze Nederlandse tekst; voer dan drukwerk translation-done fr regions/west-vlaanderen uit. Intussen alleen de Nederlandse edities: bouw met --lang nl\n' +
        `    ${line} |     description: "Werk, opleiding en begeleiding."\n`,
    );
    expect(`${run.stdout}${run.stderr}`).toContain('er is niets geschreven');
    expect(existsSync(path.join(out, 'oostende'))).toBe(false);
  });
});

describe('region translations are tracked like the content', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
  });
  afterAll(async () => project.dispose());

  const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

  it('the shipped region translations are recorded against today’s Dutch text', async () => {
    const { diagnostics } = await loadProject(REPO);
    expect(diagnostics.filter((d) => /^content\/[a-z]{2}\/regions\//.test(d.file ?? ''))).toEqual([]);
  });

  it('a changed Dutch text is flagged at the translated field of every language; translation-done clears its language', async () => {
    await project.replace('content/regions/oostende.yaml', 'Economisch Huis: 8 volle dagen in groep', 'Economisch Huis: acht volle dagen in groep');
    const nl = await project.read('content/regions/oostende.yaml');
    const dutchAt = lineColumn(nl, '"Economisch Huis: acht');
    const stale = async () => (await loadProject(project.root)).diagnostics.filter((d) => /^content\/[a-z]{2}\/regions\//.test(d.file ?? '')).map(pick);
    const expected = async (lang: string) => ({
      severity: 'warning',
      message: `"contacts.youthstart.description" is translated from an older Dutch text (content/regions/oostende.yaml:${dutchAt.line}:${dutchAt.column} changed); update the translation, then run drukwerk translation-done ${lang} regions/oostende`,
      file: `content/${lang}/regions/oostende.yaml`,
      ...lineColumn(await project.read(`content/${lang}/regions/oostende.yaml`), '"Economisch Huis'),
      field: 'contacts.youthstart.description',
      hint: undefined,
    });
    expect(await stale()).toEqual([await expected('ar'), await expected('en'), await expected('fr')]);

    const done = await translationDone(project.root, 'fr', ['regions/oostende']);
    expect(done).toEqual({ recorded: ['regions/oostende'], diagnostics: [] });
    const recorded = (await yamlAt(project.root, 'content/fr/regions/oostende.yaml')).translates as Record<string, string>;
    expect(recorded['contacts.youthstart.description']).toBe(hash('Economisch Huis: acht volle dagen in groep, op weg naar werk. Voor 16- tot 30-jarigen.'));
    // the text itself, the comments and the other hashes are kept
    expect(await project.read('content/fr/regions/oostende.yaml')).toContain('description: "Economisch Huis : 8 journées complètes en groupe');
    expect(recorded['local.brochure']).toBe(hash(valueAt(parse(nl), 'local.brochure')));
    expect(await stale()).toEqual([await expected('ar'), await expected('en')]);
  });

  it('translation-done refuses a region translation that lacks a text of its Dutch file, and leaves it as it was', async () => {
    await project.replace('content/en/regions/west-vlaanderen.yaml', /\n {4}hours: "Mon, Tue, Thu[^\n]*/, '');
    const before = await project.read('content/en/regions/west-vlaanderen.yaml');
    const nlAt = lineColumn(await project.read('content/regions/west-vlaanderen.yaml'), '"Ma, di, do 17–21 uur');
    const done = await translationDone(project.root, 'en', ['regions/west-vlaanderen']);
    expect(done.recorded).toEqual([]);
    expect(done.diagnostics.map(pick)).toEqual([
      {
        severity: 'error',
        message: `"contacts.clbchat.hours" is in the Dutch region file (content/regions/west-vlaanderen.yaml:${nlAt.line}:${nlAt.column}) but missing in this translation`,
        file: 'content/en/regions/west-vlaanderen.yaml',
        ...lineColumn(before, 'description: "Chat anonymously'),
        field: 'contacts.clbchat.hours',
        hint: 'translate it: a translation never falls back to Dutch',
      },
    ]);
    expect(await project.read('content/en/regions/west-vlaanderen.yaml')).toBe(before);
  });

  it('a translated text nothing prints, and a translation of no region, are said where they are written', async () => {
    await project.replace('content/fr/regions/oostende.yaml', '\ncontacts:\n', '\ncontacts:\n  vdab:\n    hours: "8 h"\n');
    await project.replace('content/fr/regions/oostende.yaml', '  clb-go-oostende:', '  clb-go-ostende:');
    await project.write('content/fr/regions/ostende.yaml', 'status: concept\nlocal:\n  flyer: "Texte."\n');
    await project.replace('content/fr/regions/west-vlaanderen.yaml', '  onderwijskiezer:\n', '  youthstart:\n    description: "Texte."\n  onderwijskiezer:\n');
    const { diagnostics } = await loadProject(project.root);
    const fr = await project.read('content/fr/regions/oostende.yaml');
    const wv = await project.read('content/fr/regions/west-vlaanderen.yaml');
    expect(diagnostics.filter((d) => d.file?.startsWith('content/fr/regions/')).map(pick)).toEqual([
      {
        severity: 'warning',
        message: '"contacts.vdab.hours" is not in the Dutch region file content/regions/oostende.yaml, so this translation is never printed',
        file: 'content/fr/regions/oostende.yaml',
        ...lineColumn(fr, '"8 h"'),
        field: 'contacts.vdab.hours',
        hint: 'it is written in content/regions/west-vlaanderen.yaml: translate it in content/fr/regions/west-vlaanderen.yaml, or remove it here',
      },
      {
        severity: 'warning',
        message: '"contacts.clb-go-ostende.description" is not in the Dutch region file content/regions/oostende.yaml, so this translation is never printed',
        file: 'content/fr/regions/oostende.yaml',
        ...lineColumn(fr, '"Demande à ton école si c\'est ton CLB."\n  multi'),
        field: 'contacts.clb-go-ostende.description',
        hint: 'remove it, or give it the contact id and field that content/regions/oostende.yaml writes',
      },
      {
        severity: 'error',
        message: 'there is no region "ostende" (content/regions/ostende.yaml) for this text to translate',
        file: 'content/fr/regions/ostende.yaml',
        line: 1,
        column: 1,
        field: undefined,
        hint: 'did you mean "oostende"? a region\'s translation is named after its Dutch file; the regions are: oostende, west-vlaanderen',
      },
      {
        severity: 'warning',
        message: '"contacts.youthstart.description" is not in the Dutch region file content/regions/west-vlaanderen.yaml, so this translation is never printed',
        file: 'content/fr/regions/west-vlaanderen.yaml',
        ...lineColumn(wv, '"Texte."'),
        field: 'contacts.youthstart.description',
        hint: 'remove it, or give it the contact id and field that content/regions/west-vlaanderen.yaml writes',
      },
    ]);
  });
});
