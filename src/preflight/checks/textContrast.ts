// Parsed pages → an error for every text run whose colour has less contrast with what it is drawn on than WCAG 2.x asks: 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).
import { coded } from '../../messages/coded.js';
import { position } from '../geometry.js';
import type { Box, Check, Colour, Finding, Mark } from '../types.js';

export type Rgb = [number, number, number];

const WHITE: Rgb = [1, 1, 1];
/** WCAG's "bold" is a weight of 700 or more: SemiBold and DemiBold are not. */
const BOLD = /(?<!semi|demi)bold|black|heavy/i;

/** A colour as sRGB 0–1, when its space says what it looks like on screen; CMYK by the naive formula (no profile here). */
export function screenRgb(colour: Colour): Rgb | undefined {
  const v = colour.values;
  const [a = 0, b = 0, c = 0, k = 0] = v; // each used only where v is that long (`= 0` only tells the compiler)
  const space = colour.space.family === 'Separation' || colour.space.family === 'DeviceN' ? undefined : colour.space;
  if (!space) return undefined;
  if (space.rgb && v.length >= 3) return [a, b, c];
  if (space.cmyk && v.length >= 4) return [(1 - a) * (1 - k), (1 - b) * (1 - k), (1 - c) * (1 - k)];
  if (space.n === 1 && space.family !== 'Indexed' && space.family !== 'Pattern' && v.length >= 1) return [a, a, a];
  return undefined;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const x = Math.min(1, Math.max(0, c));
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The minimum ratio WCAG 2.x (1.4.3, level AA) asks of text of this size and font. */
export function requiredRatio(sizePt: number, fontName: string): number {
  return sizePt >= 18 || (sizePt >= 14 && BOLD.test(fontName)) ? 3 : 4.5;
}

const hex = (rgb: Rgb) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
const contains = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** What lies under the point: the last opaque fill or image painted before the text there, else the white page. */
function background(marks: readonly Mark[], before: number, x: number, y: number): Rgb | 'image' | 'unknown' {
  for (let i = before - 1; i >= 0; i--) {
    const m = marks[i];
    if (!m) continue;
    if (m.kind === 'path' && m.fill && contains(m.box, x, y)) return screenRgb(m.fill) ?? 'unknown';
    if (m.kind === 'image' && !m.imageMask && contains(m.box, x, y)) return 'image';
    if (m.kind === 'shading' && (!m.box || contains(m.box, x, y))) return 'unknown';
  }
  return WHITE;
}

export const textContrast: Check = {
  id: 'contrast',
  editions: ['screen'],
  run(pdf) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      page.marks.forEach((mark, i) => {
        // invisible text, and artifacts (decoration and page furniture, which WCAG 1.4.3 leaves out) are not read
        if (mark.kind !== 'text' || mark.renderMode === 3 || mark.renderMode === 7 || mark.marked?.artifact) return;
        const x = (mark.box.x0 + mark.box.x1) / 2;
        const y = (mark.box.y0 + mark.box.y1) / 2;
        const under = background(page.marks, i, x, y);
        const fill = screenRgb(mark.fill);
        const text = mark.text.slice(0, 30);
        if (under === 'image' || under === 'unknown' || !fill) {
          findings.push({
            severity: 'warning',
            check: 'contrast',
            page: page.number,
            ...position(mark.box, page.trim),
            ...coded('preflight.contrastUnknown', { text, space: fill ? undefined : mark.fill.space.label, under: typeof under === 'string' ? under : undefined }),
          });
          return;
        }
        const ratio = contrastRatio(fill, under);
        const needed = requiredRatio(mark.size, mark.fontName);
        if (ratio >= needed) return;
        findings.push({
          severity: 'error',
          check: 'contrast',
          page: page.number,
          ...position(mark.box, page.trim),
          ...coded('preflight.lowContrast', { text, size: mark.size.toFixed(1), font: mark.fontName, ratio: ratio.toFixed(2), colour: hex(fill), background: hex(under), needed }),
        });
      });
    }
    return findings;
  },
};
