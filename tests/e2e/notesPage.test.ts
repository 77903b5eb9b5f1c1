// The shipped brochure and leidraad → the place for the agreements the leidraad refers to exists in every brochure (issue 22, item 5): "Mijn afspraken en notities" once, on the last page before the contacts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { extractText } from '../support/renderPdf.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const LANGS = ['nl', 'fr', 'en', 'ar'];
const REGIONS = ['oostende', 'west-vlaanderen'];

/** Compared without spaces and line breaks; typographic quotes as the content writes them. */
const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00A0\u00AD\u200B-\u200F\u202A-\u202E]+/g, '');
const yaml = async (lang: string, file: string): Promise<Record<string, unknown>> => parse(await readFile(path.join(REPO, 'content', lang, `${file}.yaml`), 'utf8')) as Record<string, unknown>;

let result: RunBuildResult;
const pdf = (p: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;

beforeAll(async () => {
  result = await runBuild({ root: REPO, ...options, materials: ['brochure', 'leidraad'], editions: ['print'] });
}, 300_000);

describe('the notes the leidraad refers to', () => {
  it('builds without a diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
  });

  it.each(REGIONS.flatMap((region) => LANGS.map((lang) => [region, lang])))('%s brochure (%s): the notes heading once, on the page before the contacts', async (region, lang) => {
    const notes = squash(String((await yaml(lang, 'brochure')).notes_heading));
    const contacts = squash(String(((await yaml(lang, 'shared')).labels as Record<string, string>).contacts_heading));
    const pages = (await extractText(pdf(`${region}/brochure-${region}-${lang}-print.pdf`))).map(squash);
    const withNotes = pages.flatMap((text, i) => (text.includes(notes) ? [i] : []));
    expect(withNotes, 'pages with the notes heading').toHaveLength(1);
    const contactsPage = pages.findIndex((text) => text.includes(contacts));
    expect(contactsPage).toBeGreaterThan(0);
    expect(withNotes[0]).toBe(contactsPage - 1);
  });

  it.each(REGIONS)('%s leidraad: points to the brochure’s notes by their heading, and to no notes page', async (region) => {
    const notes = String((await yaml('nl', 'brochure')).notes_heading);
    const text = squash((await extractText(pdf(`${region}/leidraad-${region}-nl-print.pdf`))).join(''));
    expect(text).toContain(squash(`noteer de afspraken achteraan in de brochure, onder ‘${notes}’`));
    expect(text).not.toMatch(/notitiepagina/i);
  });
});
