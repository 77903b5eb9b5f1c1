// Language → reading direction; inline runs → runs split by script (Arabic runs get the Arabic font); a line's logical segments → their visual order (Unicode bidi algorithm, bidi-js).
import * as bidiModule from 'bidi-js';
import type { Bidi } from 'bidi-js';
import type { Inline } from '../model/types.js';
import type { Direction } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole } from '../vocabulary/theme.js';

/** bidi-js is CommonJS exporting the factory itself; its types declare an ES default export. Take whichever is the function. */
function factory(): () => Bidi {
  const m = bidiModule as unknown as { default?: unknown };
  const candidates = [m.default, (m.default as { default?: unknown } | undefined)?.default, m];
  return candidates.find((c) => typeof c === 'function') as () => Bidi;
}
const bidi = factory()();

/** Languages written right to left. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps']);

export function directionOf(lang: string): Direction {
  return RTL_LANGUAGES.has(lang.trim().toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/** Characters of the Arabic script (letters, marks, Arabic punctuation and digits, presentation forms). */
export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ARABIC_ALL = new RegExp(ARABIC.source, 'g');
/** Right-to-left characters (Hebrew and Arabic blocks, their presentation forms). */
export const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LATIN_STRONG = /[\p{L}]/u;

/** The Arabic-script font for a run whose Latin font is `role`: heavy roles take the bold one. */
export function arabicRole(role: FontRole): FontRole {
  return role === 'bold' || role === 'semibold' || role === 'display' || role === 'boldItalic' || role === 'arabicBold' ? 'arabicBold' : 'arabic';
}

/**
 * Inline runs and their fonts → the same text in runs of one script each: Arabic letters in the Arabic font, everything else
 * in the run's own font. Neutral characters (spaces, digits, punctuation) stay with the script before them (after them at the
 * start) when that font has them, and take the other font when it does not — so a missing glyph is a real one. Mirrored
 * neutrals (brackets, « ») take the Latin font when it has them: the Arabic shaper draws them unmirrored, so « would point
 * into the quote; in a Latin run of their own the bidi step reverses and mirrors them, with their logical text kept.
 */
export function splitScripts(inlines: Inline[], fonts: FontRole[], measurer: Measurer): { inlines: Inline[]; fonts: FontRole[] } {
  if (!inlines.some((i) => ARABIC.test(i.text))) return { inlines, fonts };
  const outInlines: Inline[] = [];
  const outFonts: FontRole[] = [];
  inlines.forEach((inline, r) => {
    const latin = fonts[r];
    if (latin === undefined) throw new Error('splitScripts takes a font for every inline');
    const arabic = arabicRole(latin);
    if (!ARABIC.test(inline.text)) {
      outInlines.push(inline);
      outFonts.push(latin);
      return;
    }
    const chars = Array.from(inline.text);
    const strong = chars.map((c) => (ARABIC.test(c) ? arabic : LATIN_STRONG.test(c) ? latin : undefined));
    const chosen: FontRole[] = [];
    for (let i = 0; i < chars.length; i++) {
      let font = strong[i];
      // biome-ignore lint/style/noNonNullAssertion: i < chars.length
      if (!font && bidi.getMirroredCharacter(chars[i]!) && !measurer.missingGlyphs(chars[i]!, latin).length) font = latin;
      if (!font) {
        const before = chosen[i - 1];
        font = before ?? strong.slice(i).find((f) => f !== undefined) ?? arabic;
        // biome-ignore lint/style/noNonNullAssertion: i < chars.length
        if (measurer.missingGlyphs(chars[i]!, font).length) {
          const other = font === arabic ? latin : arabic;
          // biome-ignore lint/style/noNonNullAssertion: i < chars.length
          if (!measurer.missingGlyphs(chars[i]!, other).length) font = other;
        }
      }
      chosen.push(font);
    }
    let start = 0;
    for (let i = 1; i <= chars.length; i++) {
      if (i < chars.length && chosen[i] === chosen[start]) continue;
      outInlines.push({ ...inline, text: chars.slice(start, i).join('') });
      // biome-ignore lint/style/noNonNullAssertion: start < i <= chars.length, and chosen has a font per char
      outFonts.push(chosen[start]!);
      start = i;
    }
  });
  return { inlines: outInlines, fonts: outFonts };
}

/** Does the text need the bidi algorithm at all? */
export const hasRtl = (text: string): boolean => RTL_CHARS.test(text);

export interface BidiSegment<T> {
  /** The logical text of the segment (Arabic stays in logical order: the shaper reverses it); mirrored and reversed when it is right-to-left text without Arabic letters. */
  text: string;
  /** The logical piece it came from. */
  source: T;
  /** Embedding level: odd = right to left. */
  level: number;
  /** The segment's text in logical (reading) order: `text` before any reversing and mirroring. */
  logical: string;
}

/**
 * One line's pieces in logical order → segments (maximal same-piece, same-level stretches) in visual order, left to right.
 * LTR runs inside RTL text (a phone number, a Dutch name) keep their internal order.
 */
export function visualSegments<T>(pieces: Array<{ text: string; source: T }>, direction: Direction): BidiSegment<T>[] {
  const text = pieces.map((p) => p.text).join('');
  if (!text) return [];
  const owner: number[] = [];
  pieces.forEach((p, i) => {
    for (let k = 0; k < p.text.length; k++) owner.push(i);
  });
  const embedding = bidi.getEmbeddingLevels(text, direction);
  const levels = embedding.levels;
  // logical segments: same piece, same level
  const segOf: number[] = [];
  const segs: Array<{ start: number; end: number; piece: number; level: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const last = segs[segs.length - 1];
    if (last && last.piece === owner[i] && last.level === levels[i] && last.end === i) last.end = i + 1;
    // biome-ignore lint/style/noNonNullAssertion: i < text.length, and owner and levels have an entry per UTF-16 unit of text
    else segs.push({ start: i, end: i + 1, piece: owner[i]!, level: levels[i]! });
    segOf.push(segs.length - 1);
  }
  const order: number[] = [];
  const seen = new Set<number>();
  for (const index of bidi.getReorderedIndices(text, embedding)) {
    // biome-ignore lint/style/noNonNullAssertion: the reordered indices are those of text, and segOf has one per UTF-16 unit
    const s = segOf[index]!;
    if (!seen.has(s)) {
      seen.add(s);
      order.push(s);
    }
  }
  return order.map((s) => {
    // biome-ignore lint/style/noNonNullAssertion: s comes from segOf, which holds indices of segs
    const seg = segs[s]!;
    const logical = text.slice(seg.start, seg.end);
    let t = logical;
    if (seg.level & 1 && !ARABIC.test(t)) {
      // right-to-left neutrals in a Latin font (brackets, dashes): the shaper leaves them, so reverse and mirror them here
      t = Array.from(t)
        .reverse()
        .map((c) => bidi.getMirroredCharacter(c) ?? c)
        .join('');
    }
    // biome-ignore lint/style/noNonNullAssertion: seg.piece comes from owner, which holds indices of pieces
    return { text: t, source: pieces[seg.piece]!.source, level: seg.level, logical };
  });
}

/** Arabic letters in a text (for tests and reports). */
export const countArabic = (text: string): number => text.match(ARABIC_ALL)?.length ?? 0;
