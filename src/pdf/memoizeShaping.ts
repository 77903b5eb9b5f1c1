// A parsed fontkit font → the same font whose layout() (OpenType shaping) is memoised per text and features for the whole process.
import type { Font } from 'fontkit';

type Run = ReturnType<Font['layout']>;
type Position = Run['positions'][number];

/** What a GlyphRun carries besides glyphs and positions (fontkit's types leave them out). */
type Extra = { script?: unknown; language?: unknown; direction?: unknown; features?: unknown };
type Shaped = { glyphs: Run['glyphs']; positions: Position[]; extra: Extra };
/** A run as stored between builds: glyph ids and code points, positions as [xAdvance, yAdvance, xOffset, yOffset]. */
export interface StoredRun {
  g: number[];
  c: number[][];
  p: number[][];
  e: Extra;
}
/** Runs read back from the shaping cache stay JSON until first asked for (a small build uses few of them). */
type Entry = Shaped | { raw: string };
interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): Run['glyphs'][number];
}

const caches = new WeakMap<Font, { cache: Map<string, Entry>; getGlyph: GlyphSource['getGlyph'] }>();

function isRun(v: unknown): v is StoredRun {
  const r = v as StoredRun;
  return !!r && Array.isArray(r.g) && Array.isArray(r.c) && Array.isArray(r.p) && r.g.length === r.c.length && r.g.length === r.p.length && typeof r.e === 'object' && r.e !== null;
}

/** A stored run's JSON as a run; undefined when it is damaged (then the text is shaped again). */
function parseRun(raw: string): StoredRun | undefined {
  try {
    const run = JSON.parse(raw) as unknown;
    return isRun(run) ? run : undefined;
  } catch {
    return undefined;
  }
}

function revive(stored: StoredRun, getGlyph: GlyphSource['getGlyph']): Shaped {
  return {
    glyphs: stored.g.map((id, i) => getGlyph(id, stored.c[i] ?? [])),
    positions: stored.p.map(([xAdvance = 0, yAdvance = 0, xOffset = 0, yOffset = 0]) => ({ xAdvance, yAdvance, xOffset, yOffset }) as Position),
    extra: stored.e,
  };
}

/** The runs a memoised font knows, by key, as they are stored (see shapingCache.ts), from the `from`-th on: those come after the ones read back. */
export function storedRuns(font: Font, from = 0): Map<string, StoredRun> {
  const out = new Map<string, StoredRun>();
  let index = 0;
  for (const [key, entry] of caches.get(font)?.cache ?? []) {
    if (index++ < from) continue;
    if ('raw' in entry) {
      const run = parseRun(entry.raw);
      if (run) out.set(key, run);
    } else out.set(key, { g: entry.glyphs.map((g) => g.id), c: entry.glyphs.map((g) => [...g.codePoints]), p: entry.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), e: entry.extra });
  }
  return out;
}

/** How many runs a memoised font knows (shaped here or read back). */
export function knownRuns(font: Font): number {
  return caches.get(font)?.cache.size ?? 0;
}

/** Adds runs shaped by an earlier build, as their JSON; each is parsed and turned into glyphs when first used. */
export function addStoredRuns(font: Font, runs: Iterable<[string, string]>): void {
  const memo = caches.get(font);
  if (!memo) return;
  for (const [key, raw] of runs) if (!memo.cache.has(key)) memo.cache.set(key, { raw });
}

/** Shaping is the costliest step of painting, and the same words recur in every variant; pdfkit scales positions in place, so each caller gets its own copy of them. */
export function memoizeShaping(font: Font, maxEntries = 200_000): Font {
  const layout = font.layout.bind(font);
  const cache = new Map<string, Entry>();
  caches.set(font, { cache, getGlyph: (id, codePoints) => (font as unknown as GlyphSource).getGlyph(id, codePoints) });
  const memoized = (text: string, features?: Parameters<Font['layout']>[1], ...rest: unknown[]): Run => {
    if (rest.length > 0) return (layout as (...args: unknown[]) => Run)(text, features, ...rest);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    const known = cache.get(key);
    let entry: Shaped | undefined;
    if (known && 'raw' in known) {
      const stored = parseRun(known.raw);
      if (stored) cache.set(key, (entry = revive(stored, caches.get(font)!.getGlyph)));
    } else entry = known;
    if (!entry) {
      const run = layout(text, features);
      const { script, language, direction, features: applied } = run as unknown as Extra;
      entry = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })), extra: { script, language, direction, features: applied } };
      if (cache.size >= maxEntries) cache.clear();
      cache.set(key, entry);
    }
    const positions = entry.positions.map((p) => ({ ...p }));
    return {
      glyphs: entry.glyphs,
      positions,
      ...entry.extra,
      get advanceWidth() {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
      get advanceHeight() {
        let height = 0;
        for (const p of positions) height += p.yAdvance;
        return height;
      },
    } as unknown as Run;
  };
  font.layout = memoized as Font['layout'];
  return font;
}
