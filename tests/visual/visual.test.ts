// Visual references: page 1 of every material (and the flyer's verso) for Oostende, print edition, rendered at 30 dpi
// with pdf.js and pixel-compared with the PNGs in tests/visual/references/. On a failure the actual page and a diff
// image are written to tests/visual/__output__/ (git-ignored). `UPDATE_VISUAL=1 npx vitest run tests/visual` rewrites
// the references: do that only after looking at the new pages.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { renderPages } from '../support/renderPdf.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REFERENCES = path.join(HERE, 'references');
const OUTPUT = path.join(HERE, '__output__');
const DPI = 30;
/** The share of pixels that may differ (anti-aliasing, font rasterisation across platforms). */
const TOLERANCE = 0.005;
const UPDATE = process.env.UPDATE_VISUAL === '1';

const CASES: Array<{ material: string; page: number }> = [
  { material: 'poster', page: 1 },
  { material: 'flyer', page: 1 },
  { material: 'flyer', page: 2 },
  { material: 'brochure', page: 1 },
  { material: 'leidraad', page: 1 },
];

let result: RunBuildResult;
const rendered = new Map<string, Buffer[]>();

beforeAll(async () => {
  result = await runBuild({
    root: REPO,
    outDir: 'out',
    cropMarks: true,
    final: false,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    profile: 'icc/FOGRA39-drukwerk.icc',
    dryRun: true,
    materials: ['poster', 'flyer', 'brochure', 'leidraad'],
    regions: ['oostende'],
    langs: ['nl'],
    editions: ['print'],
  });
});

async function page(material: string, n: number): Promise<Buffer> {
  const file = `oostende/${material}-oostende-nl-print.pdf`;
  if (!rendered.has(file)) {
    const bytes = result.results.flatMap((r) => r.files).find((f) => f.path === file)?.bytes;
    if (!bytes) throw new Error(`the build made no ${file}`);
    rendered.set(file, await renderPages(bytes, DPI));
  }
  const png = rendered.get(file)![n - 1];
  if (!png) throw new Error(`${file} has no page ${n}`);
  return png;
}

describe('visual references (oostende, print edition)', () => {
  it('builds without diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(CASES)('$material page $page looks like its reference', async ({ material, page: n }) => {
    const name = `${material}-p${n}.png`;
    const actualPng = await page(material, n);
    const referencePath = path.join(REFERENCES, name);
    if (UPDATE) {
      await mkdir(REFERENCES, { recursive: true });
      await writeFile(referencePath, actualPng);
      return;
    }
    const reference = PNG.sync.read(await readFile(referencePath));
    const actual = PNG.sync.read(actualPng);
    const sameSize = reference.width === actual.width && reference.height === actual.height;
    let differing = actual.width * actual.height;
    let diff: PNG | undefined;
    if (sameSize) {
      diff = new PNG({ width: actual.width, height: actual.height });
      differing = pixelmatch(reference.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
    }
    const share = differing / (actual.width * actual.height);
    if (share > TOLERANCE) {
      await mkdir(OUTPUT, { recursive: true });
      await writeFile(path.join(OUTPUT, name), actualPng);
      if (diff) await writeFile(path.join(OUTPUT, `${material}-p${n}.diff.png`), PNG.sync.write(diff));
    }
    expect(sameSize, `${name}: ${actual.width}×${actual.height}, reference ${reference.width}×${reference.height}`).toBe(true);
    expect(share, `${name}: ${(share * 100).toFixed(2)} % of the pixels differ (see tests/visual/__output__/)`).toBeLessThanOrEqual(TOLERANCE);
  });
});
