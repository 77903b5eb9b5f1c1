// Acceptance: the build is reproducible — two builds in separate processes with the same SOURCE_DATE_EPOCH write byte-identical files; another epoch changes the dates; every document has its own /ID.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { create, type Font } from 'fontkit';
import { parse as parseYaml } from 'yaml';
import { exactGlyphCodePoints } from '../../src/pdf/glyphCodePoints.js';
import { REPO } from '../support/tempProject.js';
import { cli, hashTree, hasCli } from '../support/runCli.js';
import { expectedFiles } from '../support/shippedBuild.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

let tmp: string;
let project: TempProject;
const ENV = () => ({ SOURCE_DATE_EPOCH: '1700000000', DRUKWERK_TOOL_VERSION: 'determinism-test', DRUKWERK_CACHE_DIR: path.join(tmp, 'store') });
let a: Map<string, string>;
let b: Map<string, string>;

async function info(file: string): Promise<{ creationDate?: string; id: string }> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const dict = doc.context.lookup(doc.context.trailerInfo.Info) as PDFDict;
  const date = dict.lookup(PDFName.of('CreationDate'));
  return { creationDate: date instanceof PDFString || date instanceof PDFHexString ? date.decodeText() : undefined, id: String(doc.context.trailerInfo.ID) };
}

describe.skipIf(!hasCli)('reproducible builds (dist/cli.js)', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'drukwerk-determinism-'));
    // a snapshot of the shipped project: both builds must read the same inputs, also while others edit this checkout
    project = await tempProject();
    // the tool version is pinned: other work in this checkout may recompile dist/ while the builds run, which changes the manifest's input hashes (not the PDFs);
    // both builds share one store of their own, empty at first, and write it at once
    const env = ENV();
    // two whole builds, each in its own process, at the same time
    const [ra, rb] = await Promise.all([
      cli(['build', '--project', project.root, '--out', path.join(tmp, 'a')], { env }),
      cli(['build', '--project', project.root, '--out', path.join(tmp, 'b')], { env }),
    ]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    a = await hashTree(path.join(tmp, 'a'));
    b = await hashTree(path.join(tmp, 'b'));
  }, 600_000);
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
    await project?.dispose();
  });

  it('two builds with the same SOURCE_DATE_EPOCH write the same files, byte for byte (sha256 of every file, the manifest included)', () => {
    const pdfs = [...expectedFiles('print'), ...expectedFiles('screen')].map((f) => f.path);
    for (const p of pdfs) expect(a.has(p), p).toBe(true);
    expect(a.has('manifest.json')).toBe(true);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differ = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differ).toEqual([]);
  });

  it('a build that reads what earlier builds stored (YAML, widths, shaped words, broken paragraphs), on a machine in another time zone and locale, writes the same files as the cold builds', async () => {
    const [code, ...others] = await readdir(path.join(tmp, 'store'));
    expect(others).toEqual([]);
    for (const part of ['yaml', 'widths', 'shaping', 'breaks']) expect((await readdir(path.join(tmp, 'store', code!, part))).length, part).toBeGreaterThan(0);
    // a laptop in Tokyo set to Swedish (whose collation orders ä, v and w unlike English) builds what CI builds
    const elsewhere = { TZ: 'Asia/Tokyo', LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' };
    const r = await cli(['build', '--project', project.root, '--out', path.join(tmp, 'warm')], { env: { ...ENV(), ...elsewhere } });
    expect(r.code, r.stderr).toBe(0);
    const warm = await hashTree(path.join(tmp, 'warm'));
    expect([...warm.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([file, hash]) => warm.get(file) !== hash).map(([file]) => file)).toEqual([]);
  }, 300_000);

  it('writes the epoch as the creation date', async () => {
    const { creationDate } = await info(path.join(tmp, 'a', 'oostende/poster-oostende-nl-print.pdf'));
    expect(creationDate).toMatch(/^D:20231114221320(Z|\+00'?00'?)?$/);
  });

  it('a different SOURCE_DATE_EPOCH changes the creation date (and so the bytes)', async () => {
    // the print edition alone: the one file compared
    const r = await cli(['build', '--project', project.root, '--material', 'poster', '--region', 'oostende', '--edition', 'print', '--out', path.join(tmp, 'c')], {
      env: { ...ENV(), SOURCE_DATE_EPOCH: '1800000000' },
    });
    expect(r.code, r.stderr).toBe(0);
    const file = 'oostende/poster-oostende-nl-print.pdf';
    const before = await info(path.join(tmp, 'a', file));
    const after = await info(path.join(tmp, 'c', file));
    expect(after.creationDate).toMatch(/^D:20270115080000(Z|\+00'?00'?)?$/);
    expect(after.creationDate).not.toBe(before.creationDate);
    expect((await hashTree(path.join(tmp, 'c'))).get(file)).not.toBe(a.get(file));
  }, 300_000);

  it('gives every document its own trailer /ID', async () => {
    const ids = new Map<string, string>();
    for (const file of a.keys()) {
      if (!file.endsWith('.pdf')) continue;
      const { id } = await info(path.join(tmp, 'a', file));
      expect(id, file).toMatch(/^\[ <[0-9a-fA-F]{32}> <[0-9a-fA-F]{32}> \]$/);
      const first = id.slice(3, 35);
      expect(ids.get(first), `${file} has the same /ID as ${ids.get(first)}`).toBeUndefined();
      ids.set(first, file);
    }
    expect(ids.size).toBe(40);
  });
});

describe('shaping does not depend on what the process shaped before (worker threads build different job sequences)', () => {
  it('every Arabic word of the content shapes the same, to the glyphs and their code points, whichever order the words come in', async () => {
    const words = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') for (const w of v.split(/\s+/)) if (/[\u0600-\u06FF]/.test(w)) words.add(w);
      if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const file of ['brochure', 'flyer', 'shared']) collect(parseYaml(await readFile(path.join(REPO, `content/ar/${file}.yaml`), 'utf8')));
    expect(words.size).toBeGreaterThan(100);
    const shape = (font: Font, word: string): string => {
      const run = font.layout(word);
      return JSON.stringify([run.glyphs.map((g) => [g.id, g.codePoints]), run.positions.map((p) => [p.xAdvance, p.xOffset, p.yOffset])]);
    };
    for (const file of ['fonts/NotoSansArabic-Regular.ttf', 'fonts/NotoSansArabic-Bold.ttf']) {
      const bytes = await readFile(path.join(REPO, file));
      const forwards = exactGlyphCodePoints(create(bytes) as Font);
      const backwards = exactGlyphCodePoints(create(bytes) as Font);
      const a = new Map([...words].map((w) => [w, shape(forwards, w)]));
      const b = new Map([...words].reverse().map((w) => [w, shape(backwards, w)]));
      expect(
        [...words].filter((w) => a.get(w) !== b.get(w)),
        file,
      ).toEqual([]);
    }
  });
});
