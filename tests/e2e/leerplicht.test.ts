// The shipped flyer and brochure in every language → the leerplicht named where the young person chooses to work or to train (issue 22: the flyer is handed over at unenrolment, mostly to 16–17-year-olds).
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { readStructure, type StructNode } from '../support/structText.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const LANGS = ['nl', 'fr', 'en', 'ar'] as const;

/** The word each language uses for the leerplicht (Arabic: "compulsory", as in التعليم الإلزامي / التعليم إلزامي). */
const LEERPLICHT: Record<(typeof LANGS)[number], string> = { nl: 'leerplicht', fr: 'obligation scolaire', en: 'compulsory education', ar: 'إلزامي' };
/** The statements "Ik wil werken" and "Ik wil een opleiding volgen", as each language prints them. */
const CHOICES: Record<(typeof LANGS)[number], string[]> = {
  nl: ['Ik wil werken', 'Ik wil een opleiding volgen'],
  fr: ['Je veux travailler', 'Je veux suivre une formation'],
  en: ['I want to work', 'I want to take a training course'],
  ar: ['أريد أن أعمل', 'أريد أن أتابع تكويناً'],
};

/** Text compared without spaces (the structure's text joins a paragraph's lines without one) and without combining marks (a reader may put an Arabic tanwin apart from its letter). */
const squash = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00A0\u00AD\u200B-\u200F\u202A-\u202E\p{M}]+/gu, '');

let result: RunBuildResult;
const pdf = (p: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;

beforeAll(async () => {
  result = await runBuild({ root: REPO, ...options, regions: ['oostende'], materials: ['flyer', 'brochure'], editions: ['screen'] });
}, 240_000);

describe('the leerplicht where the choice is made', () => {
  it('builds without a diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
  });

  it.each(LANGS)('%s flyer: the cards "I want to work" and "I want to take a training course" name the leerplicht', async (lang) => {
    const { elements } = await readStructure(pdf(`oostende/flyer-oostende-${lang}-screen.pdf`));
    for (const choice of CHOICES[lang]) {
      const card = cardText(elements, choice);
      expect(card, `${lang}: the card "${choice}"`).toContain(squash(LEERPLICHT[lang]));
    }
  });

  it.each(LANGS)('%s brochure: the pages of "I want to work" and "I want to take a training course" name the leerplicht before its routes', async (lang) => {
    const { elements } = await readStructure(pdf(`oostende/brochure-oostende-${lang}-screen.pdf`));
    for (const choice of CHOICES[lang]) {
      const at = elements.findIndex((e) => e.role === 'H1' && squash(e.text) === squash(choice));
      expect(at, `${lang}: the heading "${choice}"`).toBeGreaterThan(-1);
      // the lead paragraph under the heading, before the first route (H2)
      const lead = elements.slice(at + 1).find((e) => e.role === 'P' || e.role === 'H2')!;
      expect(lead.role).toBe('P');
      expect(squash(lead.text), `${lang}: the lead of "${choice}"`).toContain(squash(LEERPLICHT[lang]));
    }
  });
});

/** The text of a flyer card: its heading and the paragraph that follows it. */
function cardText(elements: StructNode[], heading: string): string {
  const at = elements.findIndex((e) => /^H\d$/.test(e.role) && squash(e.text) === squash(heading));
  expect(at, `the heading "${heading}"`).toBeGreaterThan(-1);
  const next = elements.slice(at + 1).find((e) => e.role === 'P');
  return squash(next?.text ?? '');
}
