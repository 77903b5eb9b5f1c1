// The shipped content and its brochure and leidraad → facts that age are said as of their date (issue 22, item 2): the leertijd only as turned into duaal leren, the inschakelingsuitkering dated with the 2026 reform flagged, no ended project as current help, every statistic with its year and a verify note.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { readStructure } from '../support/structText.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const LANGS = ['nl', 'fr', 'en', 'ar'] as const;
/** How each language names duaal leren (Arabic: the stem of المزدوج, also indefinite). */
const DUAL: Record<(typeof LANGS)[number], string> = { nl: 'duaal leren', fr: 'dual', en: 'dual', ar: 'مزدوج' };
/** Fields that are not printed text. */
const NOT_TEXT = new Set(['sources', 'translates', 'verify', 'status']);

const squash = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00A0\u00AD\u200B-\u200F\u202A-\u202E]+/g, '');

type Yaml = Record<string, unknown>;
const content = async (lang: string, file: string): Promise<Yaml> => parse(await readFile(path.join(REPO, 'content', lang, `${file}.yaml`), 'utf8')) as Yaml;

/** Every printed string of a content file, with its field path. */
function texts(data: unknown, at = ''): Array<[string, string]> {
  if (typeof data === 'string') return [[at, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : texts(v, at ? `${at}.${k}` : k)));
  return [];
}

/** Every map in a content file that is a block or route (has printed text), with its path. */
const OWN_TEXT = ['p', 'note', 'list', 'table', 'text', 'intro', 'summary', 'next_step'];
function blocks(data: unknown, at = ''): Array<[string, Yaml]> {
  if (Array.isArray(data)) return data.flatMap((v, i) => blocks(v, `${at}[${i}]`));
  if (!data || typeof data !== 'object') return [];
  const map = data as Yaml;
  const own = OWN_TEXT.some((k) => k in map) ? [[at, map] as [string, Yaml]] : [];
  return [...own, ...Object.entries(map).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : blocks(v, at ? `${at}.${k}` : k)))];
}

describe('the leertijd only as turned into duaal leren', () => {
  it.each(LANGS)('%s: every text that names the leertijd says it becomes duaal leren', async (lang) => {
    const files = lang === 'nl' ? ['shared', 'flyer', 'brochure', 'leidraad', 'poster'] : ['shared', 'flyer', 'brochure'];
    const found: string[] = [];
    for (const file of files) {
      for (const [field, text] of texts(await content(lang, file))) {
        if (!/leertijd/i.test(text)) continue;
        found.push(`${file}.yaml ${field}`);
        expect(text.toLowerCase(), `${lang}/${file}.yaml ${field}`).toContain(DUAL[lang].toLowerCase());
      }
    }
    // the route, the leerplicht list (and in the leidraad the table and the leerplicht paragraph) still name it, for whoever knows the word
    expect(found.length).toBeGreaterThanOrEqual(lang === 'nl' ? 5 : 3);
  });
});

describe('every statistic with its year and a verify note', () => {
  const STATISTIC = /\d+(?:,\d+)?\s?%|\b\d{1,3}\.\d{3}\b/;
  it.each(['brochure', 'leidraad', 'flyer', 'poster'])('nl %s', async (file) => {
    for (const [at, block] of blocks(await content('nl', file))) {
      // the block's own text, not that of the blocks it holds (a section's intro carries no statistic of its blocks)
      const printed = OWN_TEXT.flatMap((k) => texts(block[k]))
        .map(([, t]) => t)
        .join(' ');
      if (!STATISTIC.test(printed)) continue;
      expect(printed, `${file}.yaml ${at}: the year of its figures`).toMatch(/\b20\d\d\b/);
      expect(block.verify, `${file}.yaml ${at}: a verify note`).toEqual(expect.any(String));
    }
  });
});

describe('the printed brochure and leidraad', () => {
  let result: RunBuildResult;
  const pdf = (p: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;
  // each PDF's structure read once, for all the cases that look at it
  const structures = new Map<string, ReturnType<typeof readStructure>>();
  const structureOf = (p: string): ReturnType<typeof readStructure> => {
    if (!structures.has(p)) structures.set(p, readStructure(pdf(p)));
    return structures.get(p)!;
  };
  beforeAll(async () => {
    result = await runBuild({ root: REPO, ...options, regions: ['oostende'], materials: ['brochure', 'leidraad'], editions: ['screen'] });
  }, 240_000);

  it('build without a diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
  });

  it.each(['nl', 'fr', 'en'] as const)('%s brochure: no paragraph, heading, list item or cell names the leertijd without duaal leren', async (lang) => {
    const { elements } = await structureOf(`oostende/brochure-oostende-${lang}-screen.pdf`);
    const naming = elements.filter((e) => /leertijd/i.test(e.text));
    expect(naming.length).toBeGreaterThanOrEqual(2);
    for (const e of naming) expect(squash(e.text), `${e.role} on page ${e.page}`).toContain(squash(DUAL[lang]));
  });

  it('nl leidraad: no paragraph, heading, list item or cell names the leertijd without duaal leren', async () => {
    const { elements } = await structureOf('oostende/leidraad-oostende-nl-screen.pdf');
    const naming = elements.filter((e) => /leertijd/i.test(e.text));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    for (const e of naming) expect(squash(e.text), `${e.role} on page ${e.page}`).toContain('duaalleren');
  });

  it.each(LANGS)('%s brochure: the page on the inschakelingsuitkering dates its rules and flags the 2026 reform, with www.rva.be', async (lang) => {
    const { pageTexts } = await structureOf(`oostende/brochure-oostende-${lang}-screen.pdf`);
    const pages = pageTexts.filter((t) => squash(t).includes('rva.be'));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/2026/);
    expect(pages[0]).toMatch(/2015/);
  });

  it('nl leidraad: West4Youth is an ended project, not a list item of current help; the warme overdracht example says where it comes from', async () => {
    const { elements } = await structureOf('oostende/leidraad-oostende-nl-screen.pdf');
    const west4youth = elements.filter((e) => e.text.includes('West4Youth'));
    expect(west4youth.length).toBeGreaterThan(0);
    for (const e of west4youth) {
      expect(e.role).not.toMatch(/^L(I|Body|bl)?$/);
      expect(squash(e.text)).toContain(squash('liep van 2021 tot 2023 en is afgelopen'));
    }
    const warm = elements.find((e) => e.role === 'P' && squash(e.text).includes('warmeoverdracht'));
    expect(squash(warm!.text)).toContain(squash('Een voorbeeld van buiten West-Vlaanderen'));
    expect(squash(warm!.text)).toContain(squash('Heist-op-den-Berg'));
  });
});
