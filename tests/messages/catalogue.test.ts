// The message catalogue: every message in Dutch and English; how the language is chosen; the CLI prints nothing that bypasses it; Dutch output end to end with the line and a caret.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_PARTS, type MessageId, type Values } from '../../src/messages/catalogue.js';
import { chooseMessageLanguage, say } from '../../src/messages/say.js';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { cli } from '../support/runCli.js';

const SAMPLE: Values = {
  problem: 'is required but missing',
  problemNl: 'moet ingevuld zijn, maar ontbreekt',
  why: 'has no digits',
  whyNl: 'heeft geen cijfers',
  finding: 'the page has no TrimBox',
  findingNl: 'de pagina heeft geen TrimBox',
  asked: 8,
  cores: 2,
  used: 2,
  count: 3,
  errors: 2,
  warnings: 1,
  pdfs: 4,
  pages: 12,
  out: 'out',
  seconds: '1.2',
  unchanged: 2,
  jobs: 20,
  concept: 1,
  key: 'webiste',
  what: 'a region',
  suggestion: 'website',
  fields: 'name, website',
  frame: 'contacts',
  page: 2,
  where: 'flyer (oostende)',
  lines: 2,
  mm: '3.1',
  detail: 'x',
  code: 'BAD_INDENT',
  url: 'http://127.0.0.1:4321/',
  id: 'middelkerke',
  parent: 'west-vlaanderen',
  guess: 'west-vlaanderen',
  known: 'a, b',
  files: 'flyer',
  lang: 'fr',
  file: 'f.pdf',
  job: 'flyer/x/nl',
  percent: 92,
  field: 'contacts.vdab.hours',
  langs: 'French (fr)',
  langsNl: 'Frans (fr)',
  langCount: 1,
  codes: 'fr',
  materials: 'flyer and brochure',
  materialsNl: 'de flyer en de brochure',
  regions: '"oostende"',
  regionsNl: '"oostende"',
  filesNl: 'content/fr/regions/oostende.yaml',
  origin: 'oostende',
};
/** The sample values, and a number for any other value a message reads: no message renders "undefined". */
const VALUES = new Proxy(SAMPLE, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? '2') : undefined) });
/** The same word in both languages is right for these. */
const SAME = new Set<MessageId>(['label.info', 'label.in']);

describe('the message catalogue', () => {
  it('has a Dutch and an English form for every message, and they differ', () => {
    const ids = Object.keys(CATALOGUE) as MessageId[];
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) {
      const en = say(id, VALUES, 'en');
      const nl = say(id, VALUES, 'nl');
      expect(en.trim(), id).not.toBe('');
      expect(nl.trim(), id).not.toBe('');
      expect(`${en}${nl}`, id).not.toMatch(/undefined|NaN|\[object/);
      if (!SAME.has(id)) expect(nl, id).not.toBe(en);
    }
  });

  it('has each id in one part only (a later part would silently replace it)', () => {
    const seen = new Map<string, string>();
    for (const [part, entries] of Object.entries(CATALOGUE_PARTS)) {
      for (const id of Object.keys(entries)) {
        expect(seen.get(id), `${id} in ${part}`).toBeUndefined();
        seen.set(id, part);
      }
    }
    expect(seen.size).toBe(Object.keys(CATALOGUE).length);
  });

  it('every id the code names is in the catalogue', () => {
    const src = path.join(REPO, 'src');
    const used = new Set<string>();
    for (const f of readdirSync(src, { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      const text = readFileSync(path.join(src, f), 'utf8');
      for (const m of text.matchAll(/(?:say\(|coded\(|code: |hintCode: )'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]!);
      // the hint of coded(id, values, hint)
      for (const m of text.matchAll(/coded\([^;]*?, '([a-zA-Z]+\.[a-zA-Z.]+)'\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const id of used) expect(Object.keys(CATALOGUE), id).toContain(id);
  });

  it('the CLI prints its own lines through the catalogue (no English literal handed to console)', () => {
    const cliText = readFileSync(path.join(REPO, 'src/cli.ts'), 'utf8');
    const literal = [...cliText.matchAll(/console\.(?:log|error)\((['`])([^'`]*)\1/g)].map((m) => m[2]!).filter((t) => /[a-z]{3,} [a-z]{3,}/i.test(t.replace(/\$\{[^}]*\}/g, '')));
    expect(literal).toEqual([]);
  });

  it('chooses Dutch from DRUKWERK_MESSAGES, the project setting or the locale, else English', () => {
    expect(chooseMessageLanguage({})).toBe('en');
    expect(chooseMessageLanguage({ LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(chooseMessageLanguage({ LANG: 'fr_BE.UTF-8' })).toBe('en');
    expect(chooseMessageLanguage({ LC_ALL: 'nl_NL', LANG: 'en_US' })).toBe('nl');
    expect(chooseMessageLanguage({}, 'nl')).toBe('nl');
    expect(chooseMessageLanguage({ LANG: 'nl_BE' }, 'en')).toBe('en');
    expect(chooseMessageLanguage({ DRUKWERK_MESSAGES: 'en' }, 'nl')).toBe('en');
    expect(chooseMessageLanguage({ DRUKWERK_MESSAGES: 'NL', LANG: 'C' })).toBe('nl');
  });

  it('formats a diagnostic in Dutch for the officer: the hint to shorten, the designer hint only with --verbose, the line with a caret', () => {
    const d: Diagnostic = {
      severity: 'error',
      message: 'text does not fit in frame "contacts" on page 2 of flyer (oostende): 2 line(s), 3.1 mm too much',
      code: 'diag.overflow',
      values: { frame: 'contacts', page: 2, where: 'flyer (oostende)', lines: 2, mm: '3.1', minScale: 0.75, template: 'templates/flyer.hbs:63' },
      file: 'content/regions/oostende.yaml',
      line: 12,
      column: 18,
      field: 'contacts.jeugd.description',
      hint: 'shorten the text, or leave out a contact or a sentence',
      hintCode: 'hint.overflow',
      designerHint: 'or lower min-scale (now 0.75) on the frame in templates/flyer.hbs:63',
      designerHintCode: 'designer.lowerMinScale',
    };
    const line = '    description: Een heel lange beschrijving';
    expect(formatDiagnostic(d, { lang: 'nl', sourceLine: line }).split('\n')).toEqual([
      'content/regions/oostende.yaml:12:18  fout  de tekst past niet in het kader "contacts" op pagina 2 van flyer (oostende): 2 regels, 3.1 mm te veel',
      '    veld: contacts.jeugd.description',
      '    tip: kort de tekst in, of laat een contact of een zin weg',
      '    12 |     description: Een heel lange beschrijving',
      '       |                  ^',
    ]);
    // the designer reads Dutch too (it was English inside the Dutch lines)
    expect(formatDiagnostic(d, { lang: 'nl', verbose: true })).toContain('    voor de vormgever: of verlaag min-scale (nu 0.75) op het kader in templates/flyer.hbs:63');
    expect(formatDiagnostic(d, { lang: 'en', verbose: true })).toContain('    for the designer: or lower min-scale (now 0.75) on the frame in templates/flyer.hbs:63');
    expect(formatDiagnostic(d)).toContain('  error  text does not fit in frame "contacts"');
    expect(formatDiagnostic(d)).not.toContain('min-scale');
  });
});

describe('Dutch messages end to end (drukwerk.yaml: messages: nl)', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
    await project.write('drukwerk.yaml', 'messages: nl\n');
  });
  afterAll(() => project.dispose());

  it('a typo in a region file: Dutch message and hint, the line shown with a caret under the field', async () => {
    await project.replace('content/regions/oostende.yaml', /^name: (.*)$/m, 'naam: $1');
    const { code, stderr } = await cli(['validate', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    const head = lines.findIndex((l) => /^content\/regions\/oostende\.yaml:\d+:1  fout  onbekend veld "naam" in een regio — bedoel je "name"\?$/.test(l));
    expect(head, stderr).toBeGreaterThanOrEqual(0);
    expect(lines[head + 1]).toBe('    veld: naam');
    expect(lines[head + 2]).toMatch(/^    tip: mogelijke velden hier: /);
    expect(lines[head + 3]).toMatch(/^    \d+ \| naam: /);
    expect(lines[head + 4]).toMatch(/^ +\| \^$/);
    expect(stderr).toMatch(/^1 fout\(en\)|^\d+ fout/m);
    await project.replace('content/regions/oostende.yaml', /^naam: (.*)$/m, 'name: $1');
  });

  it('a contact id with a capital and a space: the rule in Dutch, an id like it, the caret under the key itself', async () => {
    await project.replace('content/regions/oostende.yaml', /^ {2}youthstart:$/m, '  Jeugddienst Brugge:');
    const { code, stderr } = await cli(['validate', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
    expect(code).toBe(1);
    const line = (await project.read('content/regions/oostende.yaml')).split('\n').indexOf('  Jeugddienst Brugge:') + 1;
    expect(stderr).toContain(
      [
        `content/regions/oostende.yaml:${line}:3  fout  "Jeugddienst Brugge" kan geen id zijn in contacts: een id heeft alleen kleine letters, cijfers en koppeltekens (-)`,
        '    veld: contacts.Jeugddienst Brugge',
        '    tip: schrijf het als jeugddienst-brugge',
        `    ${line} |   Jeugddienst Brugge:`,
        `    ${' '.repeat(String(line).length)} |   ^`,
      ].join('\n'),
    );
    expect(stderr).not.toMatch(/Invalid|record/);
    await project.replace('content/regions/oostende.yaml', /^ {2}Jeugddienst Brugge:$/m, '  youthstart:');
  });

  it('a wrong indentation: explained in words an officer knows', async () => {
    const text = await project.read('content/nl/poster.yaml');
    await project.write('content/nl/poster.yaml', text.replace('catch: ', '   catch: '));
    const { code, stderr } = await cli(['validate', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/nl\/poster\.yaml:\d+:\d+  fout  dit bestand is geen geldige YAML: /);
    expect(stderr).toMatch(/springt|inspring/);
    expect(stderr).toMatch(/^ +\d+ \|    catch: /m);
    await project.write('content/nl/poster.yaml', text);
  });

  it('the build summary in Dutch, with one line for the frames set smaller and -q leaving it all out', async () => {
    const flyer = ['--project', project.root, '--out', path.join(project.root, 'out'), '--material', 'flyer', '--region', 'oostende', '--lang', 'nl'];
    const built = await cli(['build', ...flyer]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^\d+ PDF’s geschreven, \d+ pagina’s, naar .+\/ in [\d.]+ s$/m);
    expect(built.stdout).toMatch(/^de inhoud is nog een concept/m);
    expect(built.stdout).not.toMatch(/^copy-fit /m);
    // one job, written again (--force): -q leaves out the summary, the concept note and the progress of a build that writes
    expect(built.stderr).toMatch(/flyer-oostende-nl-print\.pdf/);
    const quiet = await cli(['build', '-q', '--force', ...flyer, '--edition', 'print']);
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
    expect(quiet.stderr).not.toMatch(/flyer-oostende-nl-print\.pdf/);
    const quietCheck = await cli(['validate', '--quiet', ...flyer.filter((_, i) => i < 2 || i > 3)]);
    expect(quietCheck.code, quietCheck.stderr).toBe(0);
    expect(quietCheck.stderr).not.toMatch(/flyer|checked|gecontroleerd/);
  });
});
