// Every shipped print PDF, every text run: small type in one ink, white small type bold out of at most two inks, 100 % K overprinting; page counts and binding direction per material.
import { withoutOpenContacts } from '../support/openContacts.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { formatReport } from '../../src/commands/formatReport.js';
import { readPdf } from '../../src/preflight/readPdf.js';
import { inksOf, isPaperWhite, isPureBlack } from '../../src/preflight/inks.js';
import { getDict, getName } from '../../src/preflight/pdfObjects.js';
import type { Box, Mark, ParsedPdf } from '../../src/preflight/types.js';
import { REPO } from '../support/tempProject.js';

let result: RunBuildResult;
const parsed = new Map<string, ParsedPdf>();

beforeAll(async () => {
  result = await runBuild({
    root: REPO,
    outDir: 'out',
    cropMarks: true,
    final: false,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    profile: 'icc/FOGRA39-drukwerk.icc',
    dryRun: true,
    editions: ['print'],
  });
  for (const file of result.results.flatMap((r) => r.files)) parsed.set(file.path, await readPdf(file.bytes));
}, 300_000);

const inside = (a: Box, b: Box) => a.x0 <= b.x0 + 0.5 && a.y0 <= b.y0 + 0.5 && a.x1 >= b.x1 - 0.5 && a.y1 >= b.y1 - 0.5;
const overlaps = (a: Box, b: Box) => a.x1 > b.x0 && a.x0 < b.x1 && a.y1 > b.y0 && a.y0 < b.y1;

describe('the shipped print edition, run by run', () => {
  it('builds all 20 print PDFs without a finding', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    expect(parsed.size).toBe(20);
  });

  it('sets every text run under 12 pt in one ink; white ones bold, 8 pt or more, out of at most two inks; 100 % K overprinting', () => {
    const problems: string[] = [];
    let runs = 0;
    let small = 0;
    for (const [path, pdf] of parsed) {
      for (const page of pdf.pages) {
        page.marks.forEach((mark: Mark, i) => {
          if (mark.kind !== 'text' || !overlaps(mark.box, page.trim)) return;
          runs++;
          const where = `${path} p${page.number} "${mark.text.slice(0, 20)}" ${mark.size.toFixed(1)} pt`;
          if (isPureBlack(mark.fill) && !(mark.overprint?.fill && mark.overprint.mode === 1)) problems.push(`${where}: 100 % K knocks out`);
          if (mark.size >= 12) return;
          small++;
          const inks = inksOf(mark.fill);
          if (!inks || inks.length > 1) problems.push(`${where}: ${inks?.join('+') ?? 'unknown'} inks`);
          if (!isPaperWhite(mark.fill)) return;
          const behind = page.marks
            .slice(0, i)
            .reverse()
            .find((m) => m.kind === 'path' && m.fill && inside(m.box, mark.box));
          const under = behind?.kind === 'path' && behind.fill ? inksOf(behind.fill) : undefined;
          if (!under || under.length > 2) problems.push(`${where}: white out of ${under?.join('+') ?? 'unknown'}`);
          if (mark.size < 8 || !/bold/i.test(mark.fontName)) problems.push(`${where}: white, not bold 8 pt`);
        });
      }
    }
    expect(problems).toEqual([]);
    // the walk saw the shipped type: thousands of runs, most of them small
    expect(runs).toBeGreaterThan(3000);
    expect(small).toBeGreaterThan(runs / 2);
  });

  it('paints every cover in the campaign\u2019s own inks: the motif\u2019s net and route exactly as the theme gives them, no converted colour', async () => {
    const { parse } = await import('yaml');
    const { readFile } = await import('node:fs/promises');
    const theme = parse(await readFile(`${REPO}/templates/theme.yaml`, 'utf8')) as { colors: Record<string, { c: number; m: number; y: number; k: number }> };
    const key = (v: readonly number[]) => v.map((n) => Math.round(n * 1000) / 10).join('/');
    const inks = new Set(Object.values(theme.colors).map((c) => key([c.c, c.m, c.y, c.k].map((n) => n / 100))));
    const net = key([0.85, 0.6, 0, 0.18]);
    const coral = key([0, 0.68, 0.72, 0]);
    for (const [path, pdf] of parsed) {
      const cover = pdf.pages[0]!;
      const painted = cover.marks.flatMap((m) => (m.kind === 'path' && overlaps(m.box, cover.trim) ? [m.fill, m.stroke] : [])).filter((c) => c !== undefined);
      const cmyk = painted.filter((c) => c.space.cmyk).map((c) => key(c.values));
      expect(
        cmyk.filter((k) => !inks.has(k)),
        path,
      ).toEqual([]);
      expect(
        painted.filter((c) => !c.space.cmyk && c.space.family !== 'Separation').map((c) => c.space.label),
        path,
      ).toEqual([]);
      // the motif: its net (stroked mesh, filled knots) and its coral route on every cover
      expect(cmyk.filter((k) => k === net).length, path).toBeGreaterThan(20);
      expect(cmyk, path).toContain(coral);
    }
  });

  it('gives the leidraad an even page count and the brochure a multiple of 4', () => {
    for (const [path, pdf] of parsed) {
      if (path.includes('/leidraad-')) expect(pdf.pages.length % 2, path).toBe(0);
      if (path.includes('/brochure-')) expect(pdf.pages.length % 4, path).toBe(0);
    }
  });

  it('signals right-to-left binding in the Arabic editions only, and names it in the report', () => {
    for (const [path, pdf] of parsed) {
      const direction = getName(getDict(pdf.catalog, 'ViewerPreferences'), 'Direction');
      expect(direction, path).toBe(path.includes('-ar-') ? 'R2L' : undefined);
    }
    const binding = formatReport(result.results, [])
      .split('\n')
      .filter((l) => l.startsWith('binding'));
    expect(binding.sort()).toEqual(
      ['brochure/oostende/ar', 'brochure/west-vlaanderen/ar', 'flyer/oostende/ar', 'flyer/west-vlaanderen/ar'].map(
        (id) => `binding   ${id}  right to left: bound on the right, pages in right-to-left order (/ViewerPreferences /Direction /R2L)`,
      ),
    );
  });
});
