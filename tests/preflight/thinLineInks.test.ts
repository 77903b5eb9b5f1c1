// thin-line-inks: stroked lines (and rules drawn as thin fills) under 1.5 pt in more than one process ink, on PDFs made to break it, with the exact findings in English and Dutch, and what passes.
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/preflight/formatFinding.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { at, internals, makePdf, mm } from './printRuleFixtures.js';

type Cmyk = [c: number, m: number, y: number, k: number];
/** The motif's net: three inks. */
const NET: Cmyk = [85, 60, 0, 18];
const CORAL: Cmyk = [0, 68, 72, 0];

const findings = async (bytes: Uint8Array) => (await preflightPdf(bytes, { edition: 'print' })).filter((f) => f.check === 'thin-line-inks');
const lines = async (bytes: Uint8Array, lang: 'en' | 'nl' = 'en') => (await findings(bytes)).map((f) => formatFinding('f.pdf', f, lang));

/** A stroke from (x, y) to (x + length, y), in mm from the trim's top-left, `width` pt wide. */
function stroke(doc: PDFKit.PDFDocument, x: number, y: number, length: number, width: number, colour: Cmyk): void {
  doc
    .lineWidth(width)
    .moveTo(...at(x, y))
    .lineTo(...at(x + length, y))
    .stroke(colour);
}

describe('thin-line-inks', () => {
  it('errs on a 0.85 pt stroke in three inks, naming page, colour, width and position, in English and Dutch', async () => {
    const bytes = await makePdf((doc) => stroke(doc, 20, 60, 40, 0.85, NET));
    expect(await lines(bytes)).toEqual([
      'f.pdf  page 1 at 20.0, 60.0 mm  error  thin-line-inks  a stroked line of 0.85 pt in 3 inks (C85 M60 Y0 K18); a line under 1.5 pt is one ink: 100 % K, or one process ink or a tint of it (in more inks, make it 1.5 pt or more)',
    ]);
    expect(await lines(bytes, 'nl')).toEqual([
      'f.pdf  pagina 1 op 20.0, 60.0 mm  fout  thin-line-inks  een lijn van 0.85 pt in 3 inkten (C85 M60 Y0 K18); een lijn dunner dan 1.5 pt drukt in één inkt: 100 % K, of één procesinkt of een tint ervan (in meer inkten: maak ze minstens 1.5 pt)',
    ]);
  });

  it('measures the width on the page: a 3.4 pt line drawn at a quarter of its size is 0.85 pt, and squeezed in one direction it is as thin as there', async () => {
    const quarter = await makePdf((doc) => {
      const [x, y] = at(20, 60);
      doc.save().transform(0.25, 0, 0, 0.25, x, y);
      doc.lineWidth(3.4).moveTo(0, 0).lineTo(mm(160), 0).stroke(NET);
      doc.restore();
    });
    expect((await findings(quarter)).map((f) => f.message)).toEqual([expect.stringMatching(/^a stroked line of 0\.85 pt in 3 inks/)]);
    // a mean scale of 1 (2 × 0.5) would let it pass; the lines along the squeezed axis are 1 pt
    const squeezed = await makePdf((doc) => {
      const [x, y] = at(20, 60);
      doc.save().transform(2, 0, 0, 0.5, x, y);
      doc.lineWidth(2).moveTo(0, 0).lineTo(mm(20), 0).stroke(CORAL);
      doc.restore();
    });
    expect((await findings(squeezed)).map((f) => f.message)).toEqual([expect.stringMatching(/^a stroked line of 1\.00 pt in 2 inks \(C0 M68 Y72 K0\)/)]);
  });

  it('reports once per page and colour, with the count and the thinnest, at the first', async () => {
    const bytes = await makePdf((doc) => {
      stroke(doc, 20, 60, 40, 1, CORAL);
      stroke(doc, 20, 70, 40, 0.6, CORAL);
      stroke(doc, 20, 80, 40, 1.2, CORAL);
    });
    expect(await lines(bytes)).toEqual([
      'f.pdf  page 1 at 20.0, 60.0 mm  error  thin-line-inks  3 stroked lines, down to 0.60 pt, in 2 inks (C0 M68 Y72 K0); a line under 1.5 pt is one ink: 100 % K, or one process ink or a tint of it (in more inks, make it 1.5 pt or more)',
    ]);
  });

  it('errs on a rule drawn as a thin filled rectangle in several inks', async () => {
    const bytes = await makePdf((doc) => {
      doc.rect(...at(20, 60), mm(40), 0.5).fill(NET);
    });
    expect(await lines(bytes)).toEqual([
      'f.pdf  page 1 at 20.0, 60.0 mm  error  thin-line-inks  a filled shape 0.50 pt thin in 3 inks (C85 M60 Y0 K18); a line under 1.5 pt is one ink: 100 % K, or one process ink or a tint of it (in more inks, make it 1.5 pt or more)',
    ]);
  });

  it('passes thin lines in one ink (100 % K, a tint of K, one process ink or its tint), multi-ink lines of 1.5 pt and more, and areas', async () => {
    const bytes = await makePdf((doc) => {
      stroke(doc, 20, 60, 40, 0.5, [0, 0, 0, 100]);
      stroke(doc, 20, 65, 40, 0.5, [0, 0, 0, 35]);
      stroke(doc, 20, 70, 40, 0.5, [100, 0, 0, 0]);
      stroke(doc, 20, 75, 40, 0.5, [0, 60, 0, 0]);
      stroke(doc, 20, 80, 40, 1.5, NET);
      stroke(doc, 20, 85, 40, 2, CORAL);
      doc.rect(...at(20, 90), mm(40), mm(10)).fill(NET);
      // the same colour stroked around its own fill only widens the area
      doc
        .rect(...at(20, 105), mm(40), mm(10))
        .lineWidth(0.25)
        .fillAndStroke(NET, NET);
    });
    expect(await findings(bytes)).toEqual([]);
  });

  it('leaves registration colour and marks outside the trim alone (crop marks)', async () => {
    const bytes = await makePdf((doc) => {
      stroke(doc, -9, 0, 5, 0.25, NET);
      const k = internals(doc);
      k.page.resources.data.ColorSpace = { CSAll: ['Separation', 'All', 'DeviceCMYK', { FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 }] };
      const [x, y] = at(20, 60);
      k.addContent(`q /CSAll CS 1 SCN 0.25 w ${x} ${y} m ${x + 20} ${y} l S Q`);
    });
    expect(await findings(bytes)).toEqual([]);
  });
});
