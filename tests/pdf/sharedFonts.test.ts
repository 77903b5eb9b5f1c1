// Font buffers → fontkit fonts parsed once per process; documents painted with them still get their own subsets.
import { describe, expect, it } from 'vitest';
import { loadSharedFonts } from '../../src/pdf/sharedFonts.js';
import { paintDocument } from '../../src/pdf/paintDocument.js';
import { readPdf } from './readPdf.js';
import { sampleOptions, sharedFonts } from './sampleDocument.js';
import type { LaidOutDocument } from '../../src/layout/types.js';

const oneLine = (text: string): LaidOutDocument => ({
  material: 'poster',
  title: text,
  lang: 'nl-BE',
  width: 200,
  height: 100,
  copyFits: [],
  outline: [],
  pages: [{ number: 1, anchors: [], items: [{ kind: 'text', x: 10, y: 50, text, font: 'regular', size: 12, color: 'ink', wordSpacing: 0, width: 100 }] }],
});

describe('sharedFonts', () => {
  it('parses each font file once per process', () => {
    const a = sharedFonts();
    const b = sharedFonts();
    expect(b.fontkit.regular).toBe(a.fontkit.regular);
    expect(a.fontkit.bold).not.toBe(a.fontkit.regular);
    expect(a.hashes.regular).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a missing role', () => {
    expect(() => loadSharedFonts({} as never)).toThrow(/no font file for the role "regular"/);
  });

  it('gives every document its own subset and subset tag', async () => {
    const fonts = sharedFonts();
    const paint = async (text: string) => {
      const doc = oneLine(text);
      const opts = await sampleOptions(doc, 'screen', undefined);
      return readPdf(await paintDocument(doc, { ...opts, fonts }));
    };
    const [abc, xyz] = await Promise.all([paint('abc'), paint('xyz xyz')]);
    const widths = (pdf: Awaited<ReturnType<typeof paint>>) => pdf.objects.find((o) => o.includes('/CIDFontType0') && o.includes('/W'))!.match(/\/W \[([\s\S]*?)\]\s*\]/)![1];
    expect(widths(abc)).not.toBe(widths(xyz));
    const tag = (pdf: Awaited<ReturnType<typeof paint>>) => pdf.objects.join('\n').match(/\/BaseFont \/([A-Z]{6})\+Inter-Regular/)![1];
    expect(tag(abc)).not.toBe(tag(xyz));
    const toUnicode = (pdf: Awaited<ReturnType<typeof paint>>) => pdf.streams.find((s) => s.includes('beginbfchar'))!;
    expect(toUnicode(abc)).toContain('<0061>');
    expect(toUnicode(abc)).not.toContain('<0078>');
    expect(toUnicode(xyz)).toContain('<0078>');
  });
});
