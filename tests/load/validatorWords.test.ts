// Wrong content, region, translation and theme files → diagnostics in the catalogue's words, in Dutch and English: an id key at its own line with an id like it, and never the validator's own English ("Invalid key in record", "Invalid URL", "Too small: …").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { localize, type Diagnostic } from '../../src/diagnostics.js';
import { readYaml } from '../../src/load/readYaml.js';
import { BrochureContent, contentSchemas, LeidraadContent, RegionFile, RegionTranslationFile } from '../../src/load/schema.js';
import { ThemeSchema } from '../../src/load/themeSchema.js';
import { validateData } from '../../src/load/validateData.js';
import { REPO } from '../support/tempProject.js';

const check = (schema: z.ZodType, file: string, text: string, what: string): Diagnostic[] => validateData(schema, readYaml(file, text).value!, what, text).diagnostics;
/** A fixture edit that must find what it changes, so the test cannot silently stop testing anything. */
function swap(text: string, from: RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: ${String(from)} not found`);
  return next;
}
/** Each diagnostic as the terminal says it in either language, with where it points. */
const said = (ds: readonly Diagnostic[], lang: 'nl' | 'en') => ds.map((d) => ({ at: `${d.line}:${d.column}`, field: d.field, ...localize(d, lang) }));

describe('an id the validator refuses', () => {
  const region = 'name: Brugge\ncontacts:\n  vdab:\n    name: VDAB\n  Jeugddienst Brugge:\n    name: Jeugddienst\n    phone: 050 44 33 22\n';

  it('a contact id with capitals and a space: the rule and an id like it, at the key itself', () => {
    const ds = check(RegionFile, 'content/regions/brugge.yaml', region, 'a region');
    expect(said(ds, 'nl')).toEqual([
      {
        at: '5:3',
        field: 'contacts.Jeugddienst Brugge',
        message: '"Jeugddienst Brugge" kan geen id zijn in contacts: een id heeft alleen kleine letters, cijfers en koppeltekens (-)',
        hint: 'schrijf het als jeugddienst-brugge',
      },
    ]);
    expect(said(ds, 'en')).toEqual([
      {
        at: '5:3',
        field: 'contacts.Jeugddienst Brugge',
        message: '"Jeugddienst Brugge" cannot be an id in contacts: an id has only lowercase letters, digits and hyphens (-)',
        hint: 'write it as jeugddienst-brugge',
      },
    ]);
    expect(ds[0]).toMatchObject({ code: 'field.badId', hintCode: 'hint.idLike', values: { key: 'Jeugddienst Brugge', parent: 'contacts', suggestion: 'jeugddienst-brugge' } });
    // the column is the key's own
    expect(region.split('\n')[4]!.slice(2)).toMatch(/^Jeugddienst Brugge:/);
  });

  it('the same in a translation of a region, with accents dropped from the id suggested', () => {
    const text = 'status: concept\ncontacts:\n  Centre Écoute:\n    description: Un centre\n';
    expect(said(check(RegionTranslationFile, 'content/fr/regions/brugge.yaml', text, 'a region translation'), 'nl')).toEqual([
      {
        at: '3:3',
        field: 'contacts.Centre Écoute',
        message: '"Centre Écoute" kan geen id zijn in contacts: een id heeft alleen kleine letters, cijfers en koppeltekens (-)',
        hint: 'schrijf het als centre-ecoute',
      },
    ]);
  });

  it("the theme's colours and styles: a name that also starts with a letter; none suggested where none fits", () => {
    const shipped = readFileSync(path.join(REPO, 'templates/theme.yaml'), 'utf8');
    const theme = swap(swap(shipped, /^colors:\n/m, 'colors:\n  Dark Blue: { c: 100, m: 78, y: 0, k: 38 }\n'), /^styles:\n/m, 'styles:\n  "2": { font: regular, size: 12, leading: 14, color: ink }\n');
    const ds = check(ThemeSchema, 'templates/theme.yaml', theme, 'the theme');
    const lines = theme.split('\n');
    expect(said(ds, 'nl')).toEqual([
      {
        at: `${lines.indexOf('  Dark Blue: { c: 100, m: 78, y: 0, k: 38 }') + 1}:3`,
        field: 'colors.Dark Blue',
        message: '"Dark Blue" kan geen id zijn in colors: een id heeft alleen kleine letters, cijfers en koppeltekens (-), en begint met een letter',
        hint: 'schrijf het als dark-blue',
      },
      {
        at: `${lines.findIndex((l) => l.startsWith('  "2":')) + 1}:3`,
        field: 'styles.2',
        message: '"2" kan geen id zijn in styles: een id heeft alleen kleine letters, cijfers en koppeltekens (-), en begint met een letter',
        hint: undefined,
      },
    ]);
  });

  it("a section's id, and a key in translates: that is too long", () => {
    const leidraad = swap(readFileSync(path.join(REPO, 'content/nl/leidraad.yaml'), 'utf8'), /^ {2}- id: ([a-z-]+)$/m, '  - id: Waarom Nú');
    const ds = check(LeidraadContent, 'content/nl/leidraad.yaml', leidraad, 'the leidraad content');
    expect(said(ds, 'nl').map(({ at: _, ...rest }) => rest)).toEqual([
      { field: 'sections[0].id', message: '"sections[0].id" moet een id zijn: een id heeft alleen kleine letters, cijfers en koppeltekens (-)', hint: 'schrijf het als waarom-nu' },
    ]);
    const long = 'x'.repeat(301);
    const flyer = swap(readFileSync(path.join(REPO, 'content/fr/flyer.yaml'), 'utf8'), /^translates:\n/m, `translates:\n  ${long}: 0123abcd\n`);
    expect(said(check(contentSchemas.flyer, 'content/fr/flyer.yaml', flyer, 'the flyer content'), 'nl').map((d) => d.message)).toEqual([`de sleutel "${long}" in translates is langer dan 300 tekens`]);
  });
});

describe('what the validator says in its own words, said in ours', () => {
  it('a web address that is none, four statements that are three, an unknown field of a material, a table column 0 wide', () => {
    let brochure = readFileSync(path.join(REPO, 'content/nl/brochure.yaml'), 'utf8');
    brochure = swap(brochure, /^( {4}url: ).*$/m, '$1"zie website"');
    brochure = swap(brochure, /^ {2}- id: opleiding\n(?:(?: {4}.*|\s*#.*)?\n)*/m, '');
    brochure = swap(brochure, /^title: /m, 'titel: "x"\ntitle: ');
    const ds = check(BrochureContent, 'content/nl/brochure.yaml', brochure, 'the brochure content');
    expect(said(ds, 'nl').map((d) => d.message)).toEqual([
      '"sources[0].url" moet een volledig webadres zijn, zoals https://www.vdab.be',
      '"statements" moet precies 4 items hebben',
      'onbekend veld "titel" in de inhoud van de brochure — bedoel je "title"?',
    ]);
    expect(said(ds, 'en').map((d) => d.message)).toEqual([
      '"sources[0].url" must be a full web address, such as https://www.vdab.be',
      '"statements" needs exactly 4 item(s)',
      'unknown field "titel" in the brochure content — did you mean "title"?',
    ]);
    const leidraad = swap(readFileSync(path.join(REPO, 'content/nl/leidraad.yaml'), 'utf8'), /^( +widths: )\[\d+/m, '$1[0');
    expect(said(check(LeidraadContent, 'content/nl/leidraad.yaml', leidraad, 'the leidraad content'), 'nl').map((d) => d.message)).toEqual([
      expect.stringMatching(/^"sections\[\d+\]\.blocks\[\d+\]\.table\.widths\[0\]" moet meer dan 0 zijn$/),
    ]);
  });

  /** Every leaf of the data replaced by `wrong` (and every key of a map given a sibling "Bad Key"), for a sweep of wrong types. */
  function spoil(data: unknown, wrong: (leaf: unknown) => unknown, badKeys: boolean): unknown {
    if (Array.isArray(data)) return data.map((x) => spoil(x, wrong, badKeys));
    if (data && typeof data === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(data)) out[k] = spoil(v, wrong, badKeys);
      if (badKeys) for (const v of Object.values(data).slice(0, 1)) out['Bad Key'] = spoil(v, wrong, badKeys);
      return out;
    }
    return wrong(data);
  }
  const WRONG: Record<string, (leaf: unknown) => unknown> = {
    number: () => 12,
    text: () => 'Niet Goed #1',
    empty: () => '',
    negative: (leaf) => (typeof leaf === 'number' ? -1 : leaf),
    fraction: (leaf) => (typeof leaf === 'number' ? 0.5 : leaf),
    list: () => ['a'],
    map: () => ({ a: 1 }),
    nothing: () => null,
    flag: () => true,
  };
  const files = [
    ...readdirSync(path.join(REPO, 'content/nl')).map((f) => {
      const name = f.replace('.yaml', '') as keyof typeof contentSchemas;
      return [`content/nl/${f}`, contentSchemas[name], `the ${name} content`] as const;
    }),
    ['content/fr/flyer.yaml', contentSchemas.flyer, 'the flyer content'],
    ['content/regions/west-vlaanderen.yaml', RegionFile, 'a region'],
    ['content/fr/regions/west-vlaanderen.yaml', RegionTranslationFile, 'a region translation'],
    ['templates/theme.yaml', ThemeSchema, 'the theme'],
  ] as const;
  // the validator's own phrases, and English a Dutch message should never hold
  const RAW = /Invalid| content\b|Expected|expected|received|Too small|Too big|Required|must|is not|has \d|cannot|should/;

  it.each(files.flatMap(([file, schema, what]) => Object.keys(WRONG).flatMap((kind) => [true, false].map((badKeys) => [file, kind, badKeys, schema, what] as const))))(
    '%s with every value %s (bad keys: %s): each problem has a code and no word of the validator',
    (file, kind, badKeys, schema, what) => {
      const text = readFileSync(path.join(REPO, file), 'utf8');
      const yaml = readYaml(file, text).value!;
      const ds = validateData(schema as z.ZodType, { ...yaml, data: spoil(yaml.data, WRONG[kind]!, badKeys) }, what, text).diagnostics;
      // numbers are in the theme and in tables only: elsewhere these two change nothing
      if (kind !== 'negative' && kind !== 'fraction') expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d.code, d.message).toBeDefined();
        const nl = localize(d, 'nl');
        expect(`${nl.message} ${nl.hint ?? ''}`, d.message).not.toMatch(RAW);
        expect(d.message).not.toMatch(/Invalid|Too small|Too big|expected .*, received/);
      }
    },
  );
});
