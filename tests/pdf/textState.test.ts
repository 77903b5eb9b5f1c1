// Paint → each line of text in its own colour, font and size, although consecutive lines in the same ones set them once: read back with the preflight's content walker.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, PageItem } from '../../src/layout/types.js';
import { paintDocument } from '../../src/pdf/paintDocument.js';
import { readPdf } from '../../src/preflight/readPdf.js';
import { H, W, sampleOptions, testProfile, theme } from './sampleDocument.js';

const icc = testProfile();

const line = (y: number, text: string, color: string, font: 'regular' | 'bold', size: number): PageItem =>
  ({ kind: 'text', x: 30, y, text, font, size, color, wordSpacing: 0, width: 100 }) as PageItem;

const items: PageItem[] = [
  line(60, 'Eerste regel', 'ink', 'regular', 9.5),
  line(72, 'Tweede regel', 'ink', 'regular', 9.5),
  { kind: 'rect', x: 20, y: 80, width: 120, height: 20, fill: 'coral', bleed: false, artifact: true },
  line(112, 'Na het vlak', 'ink', 'regular', 9.5),
  line(124, 'Andere kleur', 'coral', 'bold', 9.5),
  line(140, 'Groter', 'coral', 'bold', 12),
];

const doc: LaidOutDocument = { material: 'flyer', title: 'Tekststaat', lang: 'nl-BE', width: W, height: H, copyFits: [], outline: [], pages: [{ number: 1, anchors: [], items }] };

const cmyk = (name: string): number[] => {
  const c = theme.colors[name]!;
  return [c.c / 100, c.m / 100, c.y / 100, c.k / 100];
};

describe.skipIf(!icc)('text state between lines', () => {
  it('sets fill colour and font only when they change, and every line still reads in its own colour, font and size', async () => {
    const bytes = await paintDocument(doc, await sampleOptions(doc, 'print', icc, { cropMarks: false }));
    const pdf = await readPdf(bytes);
    const texts = pdf.pages[0]!.marks.filter((m) => m.kind === 'text');
    expect(texts.map((m) => m.text)).toEqual(['Eerste regel', 'Tweede regel', 'Na het vlak', 'Andere kleur', 'Groter']);
    const wanted = items.filter((i) => i.kind === 'text');
    texts.forEach((mark, i) => {
      const item = wanted[i] as Extract<PageItem, { kind: 'text' }>;
      expect(mark.fill.space.label).toBe('DeviceCMYK');
      mark.fill.values.forEach((v, k) => expect(v).toBeCloseTo(cmyk(item.color)[k]!, 4));
      expect(mark.size).toBeCloseTo(item.size, 4);
      expect(mark.fontName).toBe(item.font === 'bold' ? 'Inter-Bold' : 'Inter-Regular');
    });
    // the content says it once per change: three fonts-and-sizes, two text colours (plus the rectangle's own, inside q … Q)
    const stream = /stream\r?\n/g;
    const contents: string[] = [];
    const text = bytes.toString('latin1');
    for (let m = stream.exec(text); m; m = stream.exec(text)) {
      const start = m.index + m[0].length;
      const length = Number(/\/Length (\d+)/.exec(text.slice(text.lastIndexOf('obj', m.index), m.index))?.[1]);
      try {
        contents.push(inflateSync(bytes.subarray(start, start + length)).toString('latin1'));
      } catch {
        // not a Flate stream
      }
    }
    const page = contents.find((c) => c.includes(' TJ'))!;
    expect(page.match(/ Tf$/gm)).toHaveLength(3);
    expect(page.match(/ scn$/gm)).toHaveLength(3);
  });
});
