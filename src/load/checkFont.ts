// Font file bytes (+ the store) → why layout and the PDF writer could not use it (not a font, a collection, cut short, unreadable tables), or undefined; the verdict on bytes checked before is read back.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { digest } from '../digest.js';
import { coded, type Coded } from '../messages/coded.js';
import type { Store } from '../world/store.js';

interface TableEntry {
  offset: number;
  length: number;
}

/**
 * A few letters of each script the materials set: their glyphs, outlines and a subset read the tables measuring and
 * subsetting use. Not shaped: reading the shaping tables costs about half a second per load for every command, and a
 * build shapes with them anyway.
 */
const TRIAL_TEXT = 'Ag0 شهادة';

/** A stored verdict: no problem, or the problem as this code says it. */
interface Verdict {
  problem: Coded | null;
}

const isVerdict = (v: unknown): v is Verdict => {
  const problem = (v as Verdict | null)?.problem;
  if (problem === null) return true;
  return (
    typeof problem === 'object' && problem !== undefined && typeof problem.message === 'string' && typeof problem.code === 'string' && typeof problem.values === 'object' && problem.values !== null
  );
};

/**
 * fontProblem through the store (kind `checks`): opening every font and encoding a subset took ~120 ms of every build,
 * though the answer depends on nothing but the bytes (and the code and fontkit, which every key names).
 */
export function fontProblem(bytes: Buffer, store?: Store): Coded | undefined {
  if (!store) return checkFont(bytes);
  const shelf = store.shelf('checks', ['fonts'], isVerdict, 1_000);
  const key = digest('sha256', bytes, 'hex');
  const stored = shelf.get(key);
  if (stored) return stored.problem ?? undefined;
  const problem = checkFont(bytes);
  shelf.put(key, { problem: problem ?? null });
  return problem;
}

/** Loaded only when a font is checked: a build whose fonts were all checked before never loads fontkit. */
const loadFontkit = (): typeof Fontkit => createRequire(import.meta.url)('fontkit') as typeof Fontkit;

function checkFont(bytes: Buffer): Coded | undefined {
  const fontkit = loadFontkit();
  let font: ReturnType<typeof Fontkit.create>;
  try {
    font = fontkit.create(bytes);
  } catch {
    return coded('font.notOpenType');
  }
  if (!('layout' in font)) return coded('font.collection');
  const tables = (font as unknown as { directory?: { tables?: Record<string, TableEntry> } }).directory?.tables ?? {};
  for (const [tag, { offset, length }] of Object.entries(tables)) {
    if (offset + length > bytes.length) return coded('font.cutShort', { table: tag.trim(), end: offset + length, size: bytes.length });
  }
  try {
    if (!(font.unitsPerEm > 0)) return coded('font.noUnitsPerEm');
    const glyphs = (font as unknown as { glyphsForString(text: string): { path: unknown; advanceWidth: number }[] }).glyphsForString(TRIAL_TEXT);
    const subset = (font as unknown as { createSubset(): { includeGlyph(g: unknown): void; encode(): Uint8Array } }).createSubset();
    for (const glyph of glyphs) {
      void glyph.advanceWidth;
      void glyph.path;
      subset.includeGlyph(glyph);
    }
    subset.encode();
  } catch (e) {
    return coded('font.unreadableTables', { detail: e instanceof Error ? e.message : String(e) });
  }
  return undefined;
}
