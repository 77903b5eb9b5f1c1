// Text + a fontkit font → the outlines of its shaped glyphs as PDF path operators (font units, y up, visual order) and their bounding box.
import type { FontkitFont } from './sharedFonts.js';

export interface GlyphOutlines {
  /** `m l c h` operators in font units, without a painting operator. */
  path: string;
  /** The outlines' bounding box in font units; undefined when the text has no visible glyph. */
  box?: { x0: number; y0: number; x1: number; y1: number };
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Shapes the text as one run (right-to-left runs come back in visual order) and writes each glyph's outline at its pen position. */
export function glyphOutlines(font: FontkitFont, text: string): GlyphOutlines {
  const run = font.layout(text);
  const ops: string[] = [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  let penX = 0;
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i];
    if (pos === undefined) throw new Error(`fontkit shaped "${text}" with no position for glyph ${i}`);
    const dx = penX + pos.xOffset;
    const dy = pos.yOffset;
    // the current point, for quadratic curves (TrueType outlines) raised to cubics
    let cx = 0,
      cy = 0;
    const point = (x: number, y: number): string => {
      const px = x + dx,
        py = y + dy;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
      return `${n(px)} ${n(py)}`;
    };
    for (const { command, args: a } of glyph.path.commands) {
      // biome-ignore lint/style/noNonNullAssertion: fontkit's moveTo has the point's x and y
      if (command === 'moveTo') ops.push(`${point(a[0]!, a[1]!)} m`);
      // biome-ignore lint/style/noNonNullAssertion: fontkit's lineTo has the point's x and y
      else if (command === 'lineTo') ops.push(`${point(a[0]!, a[1]!)} l`);
      // biome-ignore lint/style/noNonNullAssertion: fontkit's bezierCurveTo has two control points and the end point, six numbers
      else if (command === 'bezierCurveTo') ops.push(`${point(a[0]!, a[1]!)} ${point(a[2]!, a[3]!)} ${point(a[4]!, a[5]!)} c`);
      else if (command === 'quadraticCurveTo') {
        const [qx, qy, x, y] = a as [number, number, number, number];
        ops.push(`${point(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy))} ${point(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))} ${point(x, y)} c`);
      } else if (command === 'closePath') ops.push('h');
      // biome-ignore lint/style/noNonNullAssertion: a.length >= 2
      if (a.length >= 2) [cx, cy] = [a[a.length - 2]!, a[a.length - 1]!];
    }
    penX += pos.xAdvance;
  });
  return { path: ops.join('\n'), box: x0 <= x1 ? { x0, y0, x1, y1 } : undefined };
}
