// A parsed fontkit font → the same font whose layout() (OpenType shaping) is memoised per text and features for the whole process, and looked up in the shelf of earlier builds' runs before it is shaped.
import type { Font } from 'fontkit';
import type { Shelf } from '../world/store.js';
import { memoKey, memoTable } from '../world/memo.js';
import { runExtras, wrapLayout, type RunExtras } from './pdfkitInternals.js';

type Run = ReturnType<Font['layout']>;
type Position = Run['positions'][number];

type Extra = RunExtras;
type Shaped = { glyphs: Run['glyphs']; positions: Position[]; extra: Extra };
/** A run as stored between builds: glyph ids and code points, positions as [xAdvance, yAdvance, xOffset, yOffset]. */
export interface StoredRun {
  g: number[];
  c: number[][];
  p: number[][];
  e: Extra;
}

/** What a font's shaping keeps with the font itself. */
interface Shaping {
  /** The runs of earlier builds for this font file, and where the ones shaped here go (see shapingCache.ts). */
  shelf?: Shelf<StoredRun>;
}
const SHAPING = Symbol('shaping');
type ShapingFont = Font & { [SHAPING]?: Shaping };

/** Shaped runs of every font of the process, by font and key (text, and features when given). */
const runs = memoTable<Shaped>('pdf.shapedRun', 200_000);

const isNumbers = (v: unknown): boolean => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Whether a stored value is a whole run: as many code point lists and positions as glyphs, all numbers. */
export function isRun(v: unknown): v is StoredRun {
  const r = v as StoredRun;
  return (
    !!r &&
    isNumbers(r.g) &&
    Array.isArray(r.c) &&
    Array.isArray(r.p) &&
    r.g.length === r.c.length &&
    r.g.length === r.p.length &&
    r.c.every(isNumbers) &&
    r.p.every(isNumbers) &&
    typeof r.e === 'object' &&
    r.e !== null
  );
}

function revive(stored: StoredRun, getGlyph: Font['getGlyph']): Shaped {
  return {
    glyphs: stored.g.map((id, i) => getGlyph(id, stored.c[i] ?? [])),
    positions: stored.p.map(([xAdvance = 0, yAdvance = 0, xOffset = 0, yOffset = 0]) => ({ xAdvance, yAdvance, xOffset, yOffset }) as Position),
    extra: stored.e,
  };
}

const toStored = (entry: Shaped): StoredRun => ({
  g: entry.glyphs.map((g) => g.id),
  c: entry.glyphs.map((g) => [...g.codePoints]),
  p: entry.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  e: entry.extra,
});

/** From now on the font's runs are looked up in `shelf` before they are shaped, and the runs shaped are put there (undefined: none). */
export function attachShapingShelf(font: Font, shelf: Shelf<StoredRun> | undefined): void {
  const shaping = (font as ShapingFont)[SHAPING];
  if (shaping) shaping.shelf = shelf;
}

/** Shaping is the costliest step of painting, and the same words recur in every variant; pdfkit scales positions in place, so each caller gets its own copy of them. */
export function memoizeShaping(font: Font): Font {
  wrapLayout<Run>(font, (layout) => memoized(font, layout));
  return font;
}

function memoized(font: Font, layout: (text: string, features?: unknown, ...rest: unknown[]) => Run): (text: string, features?: unknown, ...rest: unknown[]) => Run {
  const shaping: Shaping = ((font as ShapingFont)[SHAPING] = {});
  const getGlyph: Font['getGlyph'] = (id, codePoints) => font.getGlyph(id, codePoints);
  const prefix = memoKey([font]);
  const shape = (key: string, text: string, features: unknown): Shaped => {
    const stored = shaping.shelf?.get(key);
    if (stored) return revive(stored, getGlyph);
    const run = layout(text, features);
    const entry = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })), extra: runExtras(run) };
    shaping.shelf?.put(key, toStored(entry));
    return entry;
  };
  return (text, features, ...rest) => {
    if (rest.length > 0) return layout(text, features, ...rest);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    const entry = runs.get(prefix + key, () => shape(key, text, features));
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
}
