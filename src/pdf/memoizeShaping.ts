// A parsed fontkit font → the same font whose layout() (OpenType shaping) is memoised per text and features for the whole process.
import type { Font } from 'fontkit';

type Run = ReturnType<Font['layout']>;
type Position = Run['positions'][number];

/** Shaping is the costliest step of painting, and the same words recur in every variant; pdfkit scales positions in place, so each caller gets its own copy of them. */
export function memoizeShaping(font: Font, maxEntries = 200_000): Font {
  const layout = font.layout.bind(font);
  /** What a GlyphRun carries besides glyphs and positions (fontkit's types leave them out). */
  type Extra = { script?: unknown; language?: unknown; direction?: unknown; features?: unknown };
  const cache = new Map<string, { glyphs: Run['glyphs']; positions: Position[]; extra: Extra }>();
  const memoized = (text: string, features?: Parameters<Font['layout']>[1], ...rest: unknown[]): Run => {
    if (rest.length > 0) return (layout as (...args: unknown[]) => Run)(text, features, ...rest);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let entry = cache.get(key);
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
