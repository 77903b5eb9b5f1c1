// Icons drawn in one colour and size: recorded once, replayed under a translation — the same operators wherever they stand, no opacity states, and artwork with translucency still drawn in full.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawSvgInColor } from '../../src/pdf/drawSvg.js';
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
