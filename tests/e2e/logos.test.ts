// Region and partner logos: placed in the partner strip of every material (their pixels on the rendered page), SVG as vectors,
// rasters in CMYK, Figures with the organisation's name in the screen edition, errors at the YAML line, and no other region touched.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { renderRawPages, type RawPage } from '../support/renderRaw.js';
import { readStructure } from '../support/structText.js';
import { TRIM_MM } from '../support/shippedBuild.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { inMemoryBuild } from '../support/inMemoryBuild.js';

const REGION = 'content/regions/oostende.yaml';
const DPI = 100;
const PX_PER_MM = DPI / 25.4;
/** A made-up logo, not an organisation's: a green square with a white disc (vectors). */
const SVG_LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#00a040"/><circle cx="20" cy="20" r="8" fill="#ffffff"/></svg>\n';

const options = (root: string, extra: Partial<RunBuildOptions> = {}): RunBuildOptions => inMemoryBuild(root, { langs: ['nl'], editions: ['print'], ...extra });

/** A square raster logo of `size` pixels in one colour. */
const pngLogo = (size: number, rgb: [number, number, number]): Promise<Buffer> =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();

/** The box (mm from the trim's top-left) of the pixels of a page that `match`, or undefined; the page is rendered with its bleed around the trim. */
function inkBox(page: RawPage, trim: readonly [number, number], match: (r: number, g: number, b: number) => boolean): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const { data } = page;
  const info = { width: page.width, height: page.height };
  const dx = (info.width / PX_PER_MM - trim[0]) / 2;
  const dy = (info.height / PX_PER_MM - trim[1]) / 2;
  let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 4;
      if (!match(data[i], data[i + 1], data[i + 2])) continue;
      box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) } : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    }
  }
  return box && { x0: box.x0 / PX_PER_MM - dx, y0: box.y0 / PX_PER_MM - dy, x1: box.x1 / PX_PER_MM - dx, y1: box.y1 / PX_PER_MM - dy };
}

const green = (r: number, g: number, b: number): boolean => g > 110 && g > r + 60 && g > b + 40;
const cyan = (r: number, g: number, b: number): boolean => b > 170 && b > g + 20 && g > 90 && r < 90;
const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const notable = (ds: Diagnostic[]) => withoutOpenContacts(ds);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('logos', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  const setLogos = async (regionLogo: string, partnerLogo?: string) => {
    const original = await project.read(REGION);
    const partners = partnerLogo ? `partners:\n  - name: "Provincie West-Vlaanderen"\n  - name: "Testpartner"\n    logo: ${partnerLogo}\n` : '';
    await project.write(REGION, original.replace('kind: municipality\n', `kind: municipality\nlogo: ${regionLogo}\n${partners}`));
    return () => project.write(REGION, original);
  };

  it('places a municipality logo (SVG, as vectors) in the strip of its poster, flyer, brochure and leidraad, and changes no other region', async () => {
    const before = await runBuild(options(project.root, { regions: ['west-vlaanderen'] }));
    expect(errors(before.diagnostics)).toEqual([]);
    await project.write('images/logos/test-gemeente.svg', SVG_LOGO);
    const restore = await setLogos('images/logos/test-gemeente.svg');
    try {
      const after = await runBuild(options(project.root));
      expect(errors(after.diagnostics)).toEqual([]);
      // the strip of each material: the page it is on and the box it may occupy (mm), logos set against the strip's start
      const strips: Record<string, { page: (n: number, texts: string[]) => number; x: [number, number]; xOdd?: [number, number]; y: [number, number]; size: number }> = {
        poster: { page: () => 0, x: [168, 202], y: [371, 405], size: 11 },
        flyer: { page: () => 1, x: [12, 40], y: [169.5, 199.5], size: 6.5 },
        // in the back cover's white foot, at the text margin, above the partner line
        brochure: { page: (n) => n - 1, x: [14, 44], y: [160, 194], size: 7 },
        // the partner strip after the regional contacts (where the flow puts it; a notes page may follow, to make the page count even)
        // its column starts 26 or 60 mm from the left, by the side of the page (the wide outer margin takes the tables)
        leidraad: { page: (_, texts) => texts.map((t) => t.replace(/\s+/g, ' ').includes('Een campagne van')).lastIndexOf(true), x: [26, 56], xOdd: [60, 90], y: [22, 272], size: 9 },
      };
      for (const r of after.results.filter((x) => x.job.region === 'oostende')) {
        const file = r.files[0];
        const pages = await renderRawPages(file.bytes, DPI);
        const strip = strips[r.job.material];
        const texts = pages.map((p) => p.text);
        const index = strip.page(pages.length, texts);
        const box = inkBox(pages[index], TRIM_MM[r.job.material], green);
        // the leidraad's column sits on the inside or the outside margin depending on the page's side
        const x = strip.xOdd && box && Math.abs(box.x0 - strip.xOdd[0]) < Math.abs(box.x0 - strip.x[0]) ? strip.xOdd : strip.x;
        expect(box, r.job.material).toBeDefined();
        expect(box!.x0, r.job.material).toBeGreaterThanOrEqual(x[0] - 0.5);
        expect(box!.x0, r.job.material).toBeLessThan(x[0] + 1);
        expect(box!.x1).toBeLessThanOrEqual(x[1]);
        expect(box!.y0).toBeGreaterThanOrEqual(strip.y[0]);
        expect(box!.y1).toBeLessThanOrEqual(strip.y[1] + 0.5);
        // a square logo in its slot's height: never stretched
        expect(box!.x1 - box!.x0).toBeCloseTo(strip.size, 0);
        expect(box!.y1 - box!.y0).toBeCloseTo(strip.size, 0);
        // vectors: no image in the PDF
        expect(Buffer.from(file.bytes).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
        // on no other page
        for (const [i, png] of pages.entries()) if (i !== strip.page(pages.length, texts)) expect(inkBox(png, TRIM_MM[r.job.material], green), `${r.job.material} page ${i + 1}`).toBeUndefined();
      }
      // the province's PDFs are byte for byte what they were
      const hashes = (rs: typeof after.results) => rs.filter((x) => x.job.region === 'west-vlaanderen').flatMap((x) => x.files.map((f) => `${f.path} ${sha(f.bytes)}`));
      expect(hashes(after.results)).toEqual(hashes(before.results));
      expect(hashes(after.results)).toHaveLength(4);
    } finally {
      await restore();
    }
  });

  it('converts a raster partner logo to CMYK, whole and in its proportions, next to the region logo', async () => {
    await project.write('images/logos/test-gemeente.svg', SVG_LOGO);
    await project.write('images/logos/test-partner.png', await pngLogo(400, [0, 170, 220]));
    const restore = await setLogos('images/logos/test-gemeente.svg', 'images/logos/test-partner.png');
    try {
      const result = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'] }));
      expect(errors(result.diagnostics)).toEqual([]);
      expect(result.diagnostics.filter((d) => /ppi/.test(d.message))).toEqual([]);
      const bytes = result.results[0].files[0].bytes;
      const text = Buffer.from(bytes).toString('latin1');
      expect(text).toMatch(/\/Subtype \/Image/);
      expect(text).toMatch(/\/ColorSpace \/DeviceCMYK/);
      expect(text).not.toMatch(/\/ColorSpace \/DeviceRGB/);
      const pages = await renderRawPages(bytes, DPI);
      const region = inkBox(pages[1], TRIM_MM.flyer, green);
      const partner = inkBox(pages[1], TRIM_MM.flyer, cyan);
      expect(region && partner).toBeTruthy();
      // the second slot of four (28 mm wide, 4 mm apart): it starts 32 mm after the first, on the same row
      expect(partner!.x0 - region!.x0).toBeCloseTo(32, 0);
      expect(partner!.y0).toBeCloseTo(region!.y0, 0);
      expect(partner!.x1 - partner!.x0).toBeCloseTo(6.5, 0);
      // the partner with a logo is not also listed by name
      expect(notable(result.diagnostics)).toEqual([]);
    } finally {
      await restore();
    }
  });

  it('makes each logo a Figure whose alt text is the organisation’s name in the screen edition', async () => {
    await project.write('images/logos/test-gemeente.svg', SVG_LOGO);
    await project.write('images/logos/test-partner.png', await pngLogo(400, [0, 170, 220]));
    const restore = await setLogos('images/logos/test-gemeente.svg', 'images/logos/test-partner.png');
    try {
      const result = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer', 'leidraad'], editions: ['screen'] }));
      expect(errors(result.diagnostics)).toEqual([]);
      for (const r of result.results) {
        const { elements } = await readStructure(r.files[0].bytes);
        const figures = elements.filter((e) => e.role === 'Figure' && e.alt !== undefined && !/^QR/i.test(e.alt));
        expect(
          figures.map((f) => f.alt),
          r.job.material,
        ).toEqual(expect.arrayContaining(['Oostende', 'Testpartner']));
      }
    } finally {
      await restore();
    }
  });

  it('reports a missing, unsupported or unreadable logo at its YAML line, all at once', async () => {
    await project.write('images/logos/broken.png', 'not a picture');
    const original = await project.read(REGION);
    await project.write(
      REGION,
      original.replace(
        'kind: municipality\n',
        'kind: municipality\nlogo: images/logos/nope.svg\npartners:\n  - name: "A"\n    logo: images/logos/a.gif\n  - name: "B"\n    logo: images/logos/broken.png\n',
      ),
    );
    try {
      const result = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'] }));
      const mine = errors(result.diagnostics)
        .filter((d) => d.file === REGION)
        .sort((a, b) => a.line! - b.line!);
      expect(mine.map((d) => [d.line, d.field, d.message])).toEqual([
        [6, 'logo', 'the logo "images/logos/nope.svg" does not exist'],
        [9, 'partners[0].logo', '"partners[0].logo" must be an image drukwerk can place: .svg (preferred: it stays sharp), .png, .jpg, .tif or .webp'],
        [11, 'partners[1].logo', 'the logo "images/logos/broken.png" cannot be used: the file is not an image drukwerk can read (png, jpg, tif, webp or svg)'],
      ]);
      expect(result.written).toEqual([]);
    } finally {
      await project.write(REGION, original);
      await project.remove('images/logos/broken.png');
    }
  });

  it('refuses an SVG logo that holds text, once at its YAML line (outlines, not type): no error per letter from the preflight', async () => {
    // a made-up municipality's name under a square, as drawing programs export it when the type is not outlined
    await project.write(
      'images/logos/named.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="40" height="40" fill="#00a040"/>\n<text x="48" y="26" font-size="4" font-family="Frutiger">Teststad</text></svg>\n',
    );
    const restore = await setLogos('images/logos/named.svg');
    try {
      const result = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'] }));
      expect(errors(result.diagnostics).map((d) => [d.file, d.line, d.field, d.message, d.hint])).toEqual([
        [
          REGION,
          6,
          'logo',
          `the logo "images/logos/named.svg" cannot be used: the SVG holds text (<text>), which drukwerk would set in its own font instead of the artwork's, as loose letters (images/logos/named.svg:2:1)`,
          'convert the text to outlines (paths) in the drawing program and export the SVG again (Illustrator: Type > Create Outlines; Inkscape: Path > Object to Path)',
        ],
      ]);
      expect(result.written).toEqual([]);
    } finally {
      await restore();
      await project.remove('images/logos/named.svg');
    }
  });

  it('refuses a raster logo under 150 ppi where it is placed and warns under 300 ppi, naming the file and the ppi', async () => {
    // the flyer's slots are 6.5 mm high: 50 px is 195 ppi there, 30 px 117 ppi
    await project.write('images/logos/soft.png', await pngLogo(50, [0, 170, 220]));
    await project.write('images/logos/coarse.png', await pngLogo(30, [0, 170, 220]));
    const original = await project.read(REGION);
    await project.write(REGION, original.replace('kind: municipality\n', 'kind: municipality\nlogo: images/logos/soft.png\n'));
    try {
      const soft = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'] }));
      expect(errors(soft.diagnostics)).toEqual([]);
      expect(notable(soft.diagnostics).map((d) => [d.severity, d.file, d.line, d.field, d.message])).toEqual([
        ['warning', REGION, 6, 'logo', 'the image "images/logos/soft.png" has 195 ppi where it is placed (50 × 50 pixels on 6.5 × 6.5 mm): print wants 300 ppi; it will look soft'],
      ]);
      await project.write(REGION, original.replace('kind: municipality\n', 'kind: municipality\nlogo: images/logos/coarse.png\n'));
      const coarse = await runBuild(options(project.root, { regions: ['oostende'], materials: ['flyer'] }));
      expect(notable(coarse.diagnostics).map((d) => [d.severity, d.file, d.line, d.field, d.message, d.hint])).toEqual([
        [
          'error',
          REGION,
          6,
          'logo',
          'the image "images/logos/coarse.png" has 117 ppi where it is placed (30 × 30 pixels on 6.5 × 6.5 mm): print needs at least 150 ppi',
          'supply it with at least 77 × 77 pixels, or better as SVG (a logo stays sharp at any size)',
        ],
      ]);
      expect(coarse.written).toEqual([]);
    } finally {
      await project.write(REGION, original);
    }
  });
});
