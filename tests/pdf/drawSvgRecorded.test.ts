// Icons drawn in one colour and size, and artwork in one box and palette: recorded once, replayed — the same operators in every document, no opacity states, and artwork with translucency still drawn in full, alike in every document.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawSvgArtwork, drawSvgInColor } from '../../src/pdf/drawSvg.js';
import { readIcon } from '../../src/load/readIcons.js';
import type { Pdf } from '../../src/pdf/pdfDocument.js';

const CMYK: [number, number, number, number] = [100, 78, 0, 38];

/** What each drawing writes to the page (pdfkit's content writes, uncompressed), and the page's resources after all of them. */
function paint(draws: ((pdf: Pdf) => void)[]): { writes: string[]; resources: Record<string, unknown> } {
  const pdf = new PDFDocument({ autoFirstPage: false, compress: false, font: null as unknown as string }) as unknown as Pdf;
  pdf.addPage({ size: [200, 200], margin: 0 });
  let chunks: string[] = [];
  const page = (pdf as unknown as { page: { write(d: string): void; resources: { data: Record<string, unknown> } } }).page;
  const write = page.write.bind(page);
  page.write = (d: string) => {
    chunks.push(d);
    write(d);
  };
  const writes = draws.map((draw) => {
    chunks = [];
    draw(pdf);
    return chunks.join('\n');
  });
  return { writes, resources: page.resources.data };
}

/** A placement's operators without its translation. */
const body = (written: string, x: number, y: number): string => {
  expect(written.startsWith(`q\n1 0 0 1 ${x} ${y} cm\n`)).toBe(true);
  return written.split('\n').slice(2).join('\n');
};

describe('drawSvgInColor', () => {
  it('writes the same operators for the same icon at other places and in another document, without opacity states', () => {
    const svg = readIcon('phone')!;
    const first = paint([(pdf) => drawSvgInColor(pdf, svg, { x: 10, y: 20, width: 12, height: 12 }, CMYK, 'print')]);
    const again = paint([
      (pdf) => drawSvgInColor(pdf, svg, { x: 50, y: 60, width: 12, height: 12 }, CMYK, 'print'),
      (pdf) => drawSvgInColor(pdf, svg, { x: 90, y: 100, width: 12, height: 12 }, CMYK, 'print'),
    ]);
    const reference = body(first.writes[0]!, 10, 20);
    // strokes in the colour asked for
    expect(reference).toContain('/DeviceCMYK CS\n1 0.78 0 0.38 SCN');
    expect(reference).toMatch(/\nS\n/);
    expect(body(again.writes[0]!, 50, 60)).toBe(reference);
    expect(body(again.writes[1]!, 90, 100)).toBe(reference);
    expect(first.writes[0]).not.toMatch(/ gs\b/);
    expect(first.resources.ExtGState).toBeUndefined();
    expect(again.resources.ExtGState).toBeUndefined();
  });

  it('draws artwork with translucency each time, with its opacity state', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#000" fill-opacity="0.5"/></svg>';
    for (let i = 0; i < 2; i++) {
      const { writes, resources } = paint([(pdf) => drawSvgInColor(pdf, svg, { x: 0, y: 0, width: 10, height: 10 }, CMYK, 'print')]);
      expect(writes[0]).toMatch(/\/Gs\d+ gs/);
      expect(Object.keys(resources.ExtGState as object)).toHaveLength(1);
    }
  });
});

describe('drawSvgArtwork', () => {
  const box = { x: 20, y: 30, width: 80, height: 40 };
  const inks = new Map<string, [number, number, number, number]>([
    ['255,0,0', [0, 100, 100, 0]],
    ['0,0,255', [100, 80, 0, 0]],
  ]);
  const map = (rgb: readonly number[]): [number, number, number, number] => inks.get(rgb.join(',')) ?? [0, 0, 0, 100];
  // a unique SVG per test: the recordings are kept for the whole process
  const artwork = (tag: string, translucent = false): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><desc>${tag}</desc><rect width="10" height="10" fill="#f00"/>` +
    `<circle cx="15" cy="5" r="4" fill="#00f"${translucent ? ' fill-opacity="0.4"' : ''}/></svg>`;
  /** Gs names are per document: what a drawing writes, with its opacity states numbered in order of use. */
  const states = (written: string): string => {
    const names = new Map<string, string>();
    return written.replace(/\/Gs\d+/g, (n) => names.get(n) ?? (names.set(n, `/G${names.size}`), `/G${names.size - 1}`));
  };

  it('writes the same operators for the same artwork in the same box in every document, without opacity states', () => {
    const svg = artwork('replayed');
    const first = paint([(pdf) => drawSvgArtwork(pdf, svg, box, map, 'inks-a', 'print', 'center')]);
    const second = paint([(pdf) => drawSvgArtwork(pdf, svg, box, map, 'inks-a', 'print', 'center')]);
    expect(first.writes[0]).toContain('0 1 1 0 scn');
    expect(first.writes[0]).toContain('1 0.8 0 0 scn');
    expect(second.writes[0]).toBe(first.writes[0]);
    expect(first.writes[0]).not.toMatch(/ gs\b/);
    expect(second.resources.ExtGState).toBeUndefined();
  });

  it('draws again for another palette, another box or another alignment', () => {
    const svg = artwork('keyed');
    const base = paint([(pdf) => drawSvgArtwork(pdf, svg, box, map, 'inks-a', 'print', 'center')]).writes[0]!;
    const otherInks = paint([(pdf) => drawSvgArtwork(pdf, svg, box, () => [0, 0, 0, 100], 'inks-b', 'print', 'center')]).writes[0]!;
    expect(otherInks).not.toBe(base);
    expect(otherInks).not.toContain('0 1 1 0 scn');
    const moved = paint([(pdf) => drawSvgArtwork(pdf, svg, { ...box, x: 21 }, map, 'inks-a', 'print', 'center')]).writes[0]!;
    expect(moved).not.toBe(base);
    // a box wider than the artwork: where it stands across depends on the alignment
    const wide = { ...box, width: 120 };
    const centred = paint([(pdf) => drawSvgArtwork(pdf, svg, wide, map, 'inks-a', 'print', 'center')]).writes[0]!;
    const left = paint([(pdf) => drawSvgArtwork(pdf, svg, wide, map, 'inks-a', 'print', 'left')]).writes[0]!;
    expect(left).not.toBe(centred);
  });

  it('draws translucent artwork in full each time, and alike in the first document and the later ones', () => {
    const svg = artwork('translucent', true);
    const drawn = [0, 1, 2].map(() => paint([(pdf) => drawSvgArtwork(pdf, svg, box, map, 'inks-a', 'print', 'center')]));
    for (const { writes, resources } of drawn) {
      expect(writes[0]).toMatch(/\/Gs\d+ gs/);
      // the translucent circle's state; full opacity before it is what the item starts with
      expect(Object.keys(resources.ExtGState as object)).toHaveLength(1);
      expect(states(writes[0]!)).toBe(states(drawn[0]!.writes[0]!));
    }
  });
});
