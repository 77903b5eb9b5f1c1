// Freshness is provable: a build that reads the store writes the same bytes as a cold one; each kind of input changed (content, template, font, image, ICC profile, theme) changes the PDFs it goes into and no other, and the warm build equals the cold build of the changed project; an entry edited by hand, or stored by other code or other libraries, is never used.
import { parse } from 'yaml';
import { fontHash } from '../../src/pdf/sharedFonts.js';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { currentVersions, Store, STORE_DIR_ENV, type StoreVersions } from '../../src/world/store.js';
import { cli, hashTree, hasCli } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const REGION = 'content/regions/oostende.yaml';
const LOGO = 'images/logos/test-partner.png';
/** A made-up partner's raster logo in one colour (no organisation's). */
const pngLogo = (rgb: [number, number, number]): Promise<Buffer> =>
  sharp({ create: { width: 400, height: 400, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer();

let project: TempProject;
let tmp: string;
/** The store of the first (cold) build, which every warm build below starts from (a copy, so no test sees another's entries). */
let baseStore: string;
let base: Map<string, string>;

/** Every PDF of the fixture (both regions, poster and flyer in Dutch, print and screen), built in this thread with the store in `store`: path → sha256. */
async function build(store: string): Promise<Map<string, string>> {
  const saved = process.env[STORE_DIR_ENV];
  process.env[STORE_DIR_ENV] = store;
  try {
    const result = await runBuild({
      root: project.root,
      outDir: 'out',
      regions: ['oostende', 'west-vlaanderen'],
      materials: ['poster', 'flyer'],
      langs: ['nl'],
      editions: ['print', 'screen'],
      cropMarks: false,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      profile: 'icc/FOGRA39-drukwerk.icc',
      dryRun: true,
      jobs: 1,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = new Map(result.results.flatMap((r) => r.files).map((f) => [f.path, sha(f.bytes)] as const));
    expect(files.size).toBe(8);
    return files;
  } finally {
    if (saved === undefined) delete process.env[STORE_DIR_ENV];
    else process.env[STORE_DIR_ENV] = saved;
  }
}

let stores = 0;
/** A new store folder: empty, or a copy of the base build's. */
function newStore(from?: string): string {
  const dir = path.join(tmp, `store-${stores++}`);
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}

const changed = (a: Map<string, string>, b: Map<string, string>): string[] => [...a.keys()].filter((p) => a.get(p) !== b.get(p)).sort();
const matching = (re: RegExp): string[] => [...base.keys()].filter((p) => re.test(p)).sort();

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'drukwerk-freshness-'));
  project = await tempProject();
  // a raster partner logo for Oostende only, so that images go through the store (the shipped project places none)
  await project.write(LOGO, await pngLogo([0, 170, 220]));
  const region = await project.read(REGION);
  await project.write(REGION, region.replace('kind: municipality\n', `kind: municipality\npartners:\n  - name: "Provincie West-Vlaanderen"\n  - name: "Testpartner"\n    logo: ${LOGO}\n`));
  baseStore = newStore();
  base = await build(baseStore);
}, 300_000);
afterAll(async () => {
  await project?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a warm build', () => {
  it('writes the same bytes as the cold build, and computes nothing again (the store is not written)', async () => {
    const store = newStore(baseStore);
    const kinds = readdirSync(path.join(store, readdirSync(store)[0]!)).sort();
    expect(kinds).toEqual(['breaks', 'checks', 'images', 'plans', 'shaping', 'widths', 'yaml']);
    const before = await hashTree(store);
    expect(await build(store)).toEqual(base);
    expect(await hashTree(store)).toEqual(before);
  }, 120_000);
});

describe('each kind of input changed', () => {
  /** Changes one file, builds warm (from the base store) and cold (an empty store), puts the file back; the PDFs that changed. */
  async function change(rel: string, to: (bytes: Buffer) => Buffer | string): Promise<string[]> {
    const file = path.join(project.root, rel);
    const original = readFileSync(file);
    writeFileSync(file, to(original));
    try {
      const warm = await build(newStore(baseStore));
      const cold = await build(newStore());
      // nothing stale: what the store holds from before the change gives the bytes of a cold build
      expect(warm).toEqual(cold);
      return changed(base, warm);
    } finally {
      writeFileSync(file, original);
    }
  }
  const text = (fn: (t: string) => string) => (bytes: Buffer) => {
    const next = fn(bytes.toString('utf8'));
    expect(next).not.toBe(bytes.toString('utf8'));
    return next;
  };

  it('content: the posters change, the flyers do not', async () => {
    expect(
      await change(
        'content/nl/poster.yaml',
        text((t) => t.replace('catch: "Laat je niet vangen…"', 'catch: "Laat je niet tegenhouden…"')),
      ),
    ).toEqual(matching(/poster/));
  }, 180_000);

  it('template: the flyers change, the posters do not', async () => {
    expect(
      await change(
        'templates/flyer.hbs',
        text((t) => t.replace('{{content.options_heading}}</h2>', '{{content.options_heading}}!</h2>')),
      ),
    ).toEqual(matching(/flyer/));
  }, 180_000);

  it('font: the display font replaced by another cut changes every PDF', async () => {
    const bold = readFileSync(path.join(project.root, 'fonts/Inter-Bold.otf'));
    expect(await change('fonts/InterDisplay-ExtraBold.otf', () => bold)).toEqual(matching(/./));
  }, 180_000);

  it("image: another colour in the partner logo changes Oostende's PDFs, not West-Vlaanderen's", async () => {
    const other = await pngLogo([220, 60, 0]);
    expect(await change(LOGO, () => other)).toEqual(matching(/^oostende\//));
  }, 180_000);

  it('ICC profile: a changed byte in the output profile changes every PDF (print embeds it; the screen palette is derived from it, and the document ID names it)', async () => {
    expect(
      await change('icc/FOGRA39-drukwerk.icc', (bytes) => {
        const next = Buffer.from(bytes);
        // the seconds of the profile's creation date (header bytes 24–35): the same colours, other bytes
        next[35] = (next[35]! + 1) % 60;
        return next;
      }),
    ).toEqual(matching(/./));
  }, 180_000);

  it('theme: another navy changes every PDF', async () => {
    expect(
      await change(
        'templates/theme.yaml',
        text((t) => t.replace('navy: { c: 100, m: 78, y: 0, k: 38 }', 'navy: { c: 100, m: 80, y: 0, k: 38 }')),
      ),
    ).toEqual(matching(/./));
  }, 180_000);
});

describe('entries that are not this build’s', () => {
  const isNumber = (v: unknown): v is number => typeof v === 'number';
  // the hashes the build knows the fonts by: with the theme's OpenType features (cv08) when it has any
  const fontHashes = () => {
    const features = (parse(readFileSync(path.join(project.root, 'templates/theme.yaml'), 'utf8')) as { fontFeatures?: string[] }).fontFeatures ?? [];
    return readdirSync(path.join(project.root, 'fonts'))
      .filter((f) => /\.(otf|ttf)$/.test(f))
      .map((f) => fontHash(readFileSync(path.join(project.root, 'fonts', f)), features));
  };
  /** The stored widths of this code, per font hash: text → width, as the base build stored them. */
  function storedWidths(store: string): Map<string, Map<string, number>> {
    const reader = new Store({ dir: store });
    const out = new Map<string, Map<string, number>>();
    for (const hash of fontHashes()) {
      let text: string;
      try {
        text = readFileSync(path.join(store, reader.shelfFile('widths', [hash])), 'utf8');
      } catch {
        continue;
      }
      out.set(
        hash,
        new Map(
          text
            .split('\n')
            .filter(Boolean)
            .map((line) => {
              const [, key, value] = line.split('\t');
              return [JSON.parse(key!) as string, JSON.parse(value!) as number];
            }),
        ),
      );
    }
    return out;
  }
  /** Every stored width 4 % wider, put through the store's own writer (checksums that hold) under `versions`. */
  function forgeWidths(store: string, widths: Map<string, Map<string, number>>, versions: StoreVersions): void {
    const writer = new Store({ dir: store, versions });
    for (const [hash, entries] of widths) {
      const shelf = writer.shelf('widths', [hash], isNumber, 200_000);
      for (const [key, value] of entries) shelf.put(key, value * 1.04);
    }
    writer.save();
  }
  /** The broken paragraphs go, so that the layout measures its words again (else the stored lines would be all it reads). */
  const dropKinds = (store: string, ...kinds: string[]) => {
    for (const code of readdirSync(store)) for (const kind of kinds) rmSync(path.join(store, code, kind), { recursive: true, force: true });
  };

  it('widths stored through the store itself are what the layout uses (the tests below would otherwise prove nothing)', async () => {
    const store = newStore(baseStore);
    const widths = storedWidths(store);
    expect(widths.size).toBeGreaterThan(2);
    dropKinds(store, 'breaks', 'widths');
    forgeWidths(store, widths, currentVersions());
    expect(changed(base, await build(store)).length).toBeGreaterThan(0);
  }, 120_000);

  it('widths edited by hand (+4 %) fail their checksums: the PDFs equal the cold build, and the store is repaired', async () => {
    const store = newStore(baseStore);
    const widths = storedWidths(store);
    dropKinds(store, 'breaks');
    const reader = new Store({ dir: store });
    for (const hash of widths.keys()) {
      const file = path.join(store, reader.shelfFile('widths', [hash]));
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/\t(\d+(?:\.\d+)?)\n/g, (_, n: string) => `\t${Number(n) * 1.04}\n`),
      );
    }
    expect(await build(store)).toEqual(base);
    // the edited lines were measured again and written over
    const after = new Store({ dir: store });
    let checked = 0;
    for (const [hash, entries] of widths) {
      const shelf = after.shelf('widths', [hash], isNumber, 200_000);
      for (const [key, value] of entries) {
        const now = shelf.get(key);
        if (now !== undefined) {
          expect(now, key).toBe(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('widths stored by other code are not used, not even copied under this code’s names', async () => {
    const store = newStore(baseStore);
    const widths = storedWidths(store);
    dropKinds(store, 'breaks', 'widths');
    const other = { ...currentVersions(), code: 'other code' };
    forgeWidths(store, widths, other);
    expect(await build(store)).toEqual(base);
    // the other code's files put where this code's are
    const theirs = new Store({ dir: store, versions: other });
    const mine = new Store({ dir: store });
    dropKinds(store, 'breaks');
    for (const hash of widths.keys()) cpSync(path.join(store, theirs.shelfFile('widths', [hash])), path.join(store, mine.shelfFile('widths', [hash])));
    expect(await build(store)).toEqual(base);
  }, 180_000);

  it('widths stored with another fontkit are not used', async () => {
    const store = newStore(baseStore);
    const widths = storedWidths(store);
    dropKinds(store, 'breaks', 'widths');
    const current = currentVersions();
    expect(current.libraries).toMatch(/fontkit@\d/);
    forgeWidths(store, widths, { ...current, libraries: current.libraries.replace(/fontkit@[^ ]+/, 'fontkit@0.0.0') });
    expect(await build(store)).toEqual(base);
  }, 120_000);

  it('a prepared image with a changed byte is prepared again: the PDFs equal the cold build', async () => {
    const store = newStore(baseStore);
    const images = readdirSync(store).flatMap((code) => readdirSync(path.join(store, code, 'images')).map((f) => path.join(store, code, 'images', f)));
    expect(images.length).toBeGreaterThan(0);
    for (const file of images) {
      const bytes = readFileSync(file);
      bytes[bytes.length - 100] ^= 0xff;
      writeFileSync(file, bytes);
    }
    expect(await build(store)).toEqual(base);
  }, 120_000);

  it('every entry of every kind damaged (a checksum character of each line, a byte of each file): the PDFs equal the cold build', async () => {
    const store = newStore(baseStore);
    let damaged = 0;
    for (const code of readdirSync(store)) {
      for (const kind of readdirSync(path.join(store, code))) {
        for (const name of readdirSync(path.join(store, code, kind))) {
          const file = path.join(store, code, kind, name);
          const bytes = readFileSync(file);
          if (name.endsWith('.lines')) {
            writeFileSync(
              file,
              bytes
                .toString('utf8')
                .split('\n')
                .map((line) => (line ? `${line[0] === 'A' ? 'B' : 'A'}${line.slice(1)}` : line))
                .join('\n'),
            );
          } else {
            bytes[bytes.length - 1] ^= 0x01;
            writeFileSync(file, bytes);
          }
          damaged++;
        }
      }
    }
    expect(damaged).toBeGreaterThan(20);
    expect(await build(store)).toEqual(base);
  }, 120_000);
});

describe.skipIf(!hasCli)('in separate processes (dist/cli.js), where no parsed font remembers earlier shaping', () => {
  const cliBuild = async (store: string, out: string): Promise<Map<string, string>> => {
    const r = await cli(
      ['build', '--project', project.root, '--out', out, '--region', 'oostende', '--material', 'flyer', '--lang', 'nl', '--profile', 'icc/FOGRA39-drukwerk.icc', '--no-crop-marks', '--jobs', '1'],
      { env: { SOURCE_DATE_EPOCH: '1767225600', DRUKWERK_TOOL_VERSION: 'freshness-test', [STORE_DIR_ENV]: store } },
    );
    expect(r.code, r.stderr).toBe(0);
    const files = await hashTree(out);
    files.delete('manifest.json');
    expect([...files.keys()].sort()).toEqual(['oostende/flyer-oostende-nl-print.pdf', 'oostende/flyer-oostende-nl-screen.pdf']);
    return files;
  };

  it('warm = cold, byte for byte; and with every entry damaged, still the cold bytes', async () => {
    const store = newStore();
    const cold = await cliBuild(store, path.join(tmp, 'cli-cold'));
    const stored = await hashTree(store);
    // every kind of entry is there, so the damage below reaches each of them
    expect(new Set([...stored.keys()].map((rel) => rel.split('/')[1]))).toEqual(new Set(['breaks', 'checks', 'images', 'plans', 'shaping', 'widths', 'yaml']));
    expect(await cliBuild(store, path.join(tmp, 'cli-warm'))).toEqual(cold);
    expect(await hashTree(store)).toEqual(stored);
    for (const rel of stored.keys()) {
      const file = path.join(store, rel);
      const bytes = readFileSync(file);
      if (rel.endsWith('.lines'))
        writeFileSync(
          file,
          bytes
            .toString('utf8')
            .split('\n')
            .map((line) => (line ? `${line[0] === 'A' ? 'B' : 'A'}${line.slice(1)}` : line))
            .join('\n'),
        );
      else {
        bytes[bytes.length - 1] ^= 0x01;
        writeFileSync(file, bytes);
      }
    }
    expect(await cliBuild(store, path.join(tmp, 'cli-damaged'))).toEqual(cold);
    // every damaged entry was computed again and written over: the next build finds them whole
    const repaired = await hashTree(store);
    expect(await cliBuild(store, path.join(tmp, 'cli-repaired'))).toEqual(cold);
    expect(await hashTree(store)).toEqual(repaired);
  }, 300_000);
});
