// The legal imprint: every material prints its v.u. and edition date in the colophon on its last page (a placeholder while the
// network has named none), at the same place; --final refuses a material without a complete v.u.; a municipality's own v.u. wins, whole.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import { toMm } from '../../src/units.js';
import { squash } from '../support/structText.js';
import { TRIM_MM } from '../support/shippedBuild.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { inMemoryBuild } from '../support/inMemoryBuild.js';

const PROVINCE = 'content/regions/west-vlaanderen.yaml';
const REGION = 'content/regions/oostende.yaml';
const PLACEHOLDER = { nl: 'v.u.: [naam en adres in te vullen door het netwerk]  ·  editie januari 2026', fr: 'É.R.: [nom et adresse à compléter par le réseau]  ·  édition janvier 2026' };

const options = (root: string, extra: Partial<RunBuildOptions> = {}): RunBuildOptions => inMemoryBuild(root, { editions: ['print'], ...extra });

interface Line {
  text: string;
  /** mm from the trim's left and top edges to the line's start and baseline. */
  x: number;
  baseline: number;
}

/** The text lines of each page with their positions (pdf.js, trim = media box without crop marks). */
async function pageLines(bytes: Uint8Array, trim?: readonly [number, number]): Promise<Line[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Line[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , right, top] = page.view;
    // the media box holds the bleed around the trim, alike on each side
    const dx = trim ? (toMm(right) - trim[0]) / 2 : 0;
    const dy = trim ? (toMm(top) - trim[1]) / 2 : 0;
    const lines = new Map<number, Line>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str) continue;
      const baseline = Math.round((toMm(top - item.transform[5]) - dy) * 10) / 10;
      const line = lines.get(baseline) ?? { text: '', x: toMm(item.transform[4]) - dx, baseline };
      line.text += item.str;
      line.x = Math.min(line.x, toMm(item.transform[4]) - dx);
      lines.set(baseline, line);
    }
    pages.push([...lines.values()]);
  }
  await pdf.destroy();
  return pages;
}

const colophonOf = (pages: Line[][], start: string): { page: number; line: Line }[] =>
  pages.flatMap((lines, i) => lines.filter((l) => squash(l.text).startsWith(squash(start))).map((line) => ({ page: i + 1, line })));

describe('the legal imprint', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('prints the v.u. placeholder and the edition date once, on the last page, 6 mm above the trim, on every material', async () => {
    const result = await runBuild(options(project.root, { langs: ['nl', 'fr'] }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 2 regions × (poster, flyer, brochure, leidraad in Dutch + flyer, brochure in French)
    expect(result.results).toHaveLength(12);
    for (const r of result.results) {
      const pages = await pageLines(r.files[0].bytes, TRIM_MM[r.job.material]);
      const lang = r.job.lang as 'nl' | 'fr';
      const found = colophonOf(pages, lang === 'nl' ? 'v.u.:' : 'É.R.:');
      expect(
        found.map((f) => f.page),
        r.job.id,
      ).toEqual([pages.length]);
      const { line } = found[0];
      expect(squash(line.text)).toBe(squash(PLACEHOLDER[lang]));
      // the same place on every material: its baseline 6.3–6.6 mm above the trim (inside the 5 mm safe zone), at the text column
      const [, height] = TRIM_MM[r.job.material];
      expect(height - line.baseline, r.job.id).toBeGreaterThan(6);
      expect(height - line.baseline, r.job.id).toBeLessThan(7);
      const margin = { poster: 22, flyer: 12, brochure: 14, leidraad: 22 }[r.job.material]!;
      expect(line.x, r.job.id).toBeCloseTo(margin, 0);
    }
  });

  it('--final refuses materials without a v.u., at the province’s empty field', async () => {
    const result = await runBuild(options(project.root, { final: true, regions: ['oostende', 'west-vlaanderen'], materials: ['poster'], langs: ['nl'] }));
    const vu = result.diagnostics.filter((d) => d.field?.startsWith('responsible_publisher'));
    const lines = (await project.read(PROVINCE)).split('\n');
    expect(vu.map((d) => [d.severity, d.file, d.line, d.field])).toEqual([['error', PROVINCE, lines.indexOf('  name:') + 1, 'responsible_publisher.name']]);
    expect(vu[0].message).toBe(
      'the responsible publisher (v.u.) has no name and no address: printed matter distributed in Belgium must name who publishes it, so a final build refuses the materials of "oostende", "west-vlaanderen"',
    );
    expect(result.written).toEqual([]);
  });

  it('a municipality’s own v.u. replaces the province’s whole, in print and for --final', async () => {
    const province = await project.read(PROVINCE);
    const region = await project.read(REGION);
    // made-up test values, not a real person or address
    await project.write(PROVINCE, province.replace('  name:\n  address:\n', '  name: "Testnaam Provincie"\n  address: "Provinciestraat 1, 8000 Teststad"\n'));
    await project.write(REGION, region.replace('kind: municipality\n', 'kind: municipality\nresponsible_publisher:\n  name: "Testnaam Gemeente"\n  address: "Gemeentestraat 2, 8400 Teststad"\n'));
    try {
      const result = await runBuild(options(project.root, { materials: ['flyer'], langs: ['nl'] }));
      const text = async (region: string) => (await pageLines(result.results.find((r) => r.job.region === region)!.files[0].bytes)).flat().map((l) => squash(l.text));
      expect(await text('oostende')).toContain(squash('v.u.: Testnaam Gemeente, Gemeentestraat 2, 8400 Teststad  ·  editie januari 2026'));
      expect(await text('west-vlaanderen')).toContain(squash('v.u.: Testnaam Provincie, Provinciestraat 1, 8000 Teststad  ·  editie januari 2026'));
      const final = await runBuild(options(project.root, { final: true, materials: ['flyer'], langs: ['nl'] }));
      expect(final.diagnostics.filter((d) => d.field?.startsWith('responsible_publisher'))).toEqual([]);

      // a name without an address never borrows the province's address: a placeholder, and --final names the municipality's file
      await project.write(REGION, region.replace('kind: municipality\n', 'kind: municipality\nresponsible_publisher:\n  name: "Testnaam Gemeente"\n'));
      const half = await runBuild(options(project.root, { final: true, regions: ['oostende'], materials: ['flyer'], langs: ['nl'] }));
      const vu = half.diagnostics.filter((d) => d.field?.startsWith('responsible_publisher'));
      expect(vu.map((d) => [d.file, d.line, d.field])).toEqual([[REGION, 6, 'responsible_publisher.address']]);
      expect(vu[0].message).toMatch(/^the responsible publisher \(v\.u\.\) has no address: /);
      const concept = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'], langs: ['nl'] }));
      expect((await pageLines(concept.results[0].files[0].bytes)).flat().map((l) => squash(l.text))).toContain(squash(PLACEHOLDER.nl));
    } finally {
      await project.write(PROVINCE, province);
      await project.write(REGION, region);
    }
  });
});
