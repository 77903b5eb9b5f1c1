import { describe, expect, it } from 'vitest';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { at, cmykJpeg, makePdf, mm, rgbPng } from './fixtures.js';
import { withoutCodes } from '../support/withoutCodes.js';

const print = async (bytes: Uint8Array) => withoutCodes(await preflightPdf(bytes, { edition: 'print' }));

describe('preflightPdf, print edition: one broken rule per fixture, found with its exact message and nothing else', () => {
  it('passes a clean PDF/X-4-like page: Inter embedded, CMYK only, boxes, output intent, identification', async () => {
    expect(await print(await makePdf())).toEqual([]);
  });

  it('finds an RGB image and an RGB vector fill', async () => {
    const bytes = await makePdf(async (doc) => {
      doc.image(await rgbPng(300, 300), ...at(20, 60), { width: mm(25.4) });
      doc.rect(...at(60, 60), mm(20), mm(10)).fill('#ff0000');
    });
    expect(await print(bytes)).toEqual([
      { severity: 'error', check: 'colour-space', page: 1, x: 20, y: 60, message: 'image "I1" is DeviceRGB; print needs CMYK' },
      { severity: 'error', check: 'colour-space', page: 1, x: 60, y: 60, message: 'fill colour is DeviceRGB (1 0 0); print needs CMYK' },
    ]);
  });

  it("finds an unembedded standard-14 font (pdfkit's Helvetica)", async () => {
    const bytes = await makePdf((doc) => {
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor([0, 0, 0, 100])
        .text('Standaard', ...at(20, 100), { lineBreak: false });
    });
    expect(await print(bytes)).toEqual([
      {
        severity: 'error',
        check: 'fonts-embedded',
        page: 1,
        message: 'font "Helvetica" (F1, Type1) is one of the standard 14 PDF fonts and is not embedded; print needs every font embedded',
      },
    ]);
  });

  it('finds a page without a TrimBox', async () => {
    expect(await print(await makePdf(undefined, { trimBox: false }))).toEqual([
      { severity: 'error', check: 'page-boxes', page: 1, message: 'the page has no TrimBox; print needs a TrimBox on every page' },
    ]);
  });

  it('finds an image of 150 ppi at its placed size', async () => {
    const bytes = await makePdf(async (doc) => {
      doc.image(await cmykJpeg(150, 150), ...at(20, 60), { width: mm(25.4) });
    });
    expect(await print(bytes)).toEqual([
      {
        severity: 'error',
        check: 'image-resolution',
        page: 1,
        x: 20,
        y: 60,
        message: 'image "I1" is 150 ppi at its placed size (150 × 150 px placed at 25.4 × 25.4 mm); print needs 300 ppi',
      },
    ]);
  });

  it('finds text 3 mm from the trim', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10).text('Te dicht', ...at(3, 50), { lineBreak: false });
    });
    expect(await print(bytes)).toEqual([
      {
        severity: 'error',
        check: 'safe-zone',
        page: 1,
        x: 3,
        y: 49.9,
        message: `text "Te dicht" is 3.0 mm from the trim's left edge; keep text at least 5 mm inside the trim`,
      },
    ]);
  });

  it('finds 5 pt text', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(5).text('Kleine letters', ...at(20, 60), { lineBreak: false });
    });
    expect(await print(bytes)).toEqual([{ severity: 'error', check: 'text-size', page: 1, x: 20, y: 59.9, message: 'text "Kleine letters" is 5.0 pt (Inter-Regular); the minimum is 6 pt' }]);
  });

  it('finds a link annotation', async () => {
    const bytes = await makePdf((doc) => {
      doc.link(...at(20, 60), mm(20), mm(10), 'https://www.vdab.be');
    });
    expect(await print(bytes)).toEqual([
      {
        severity: 'error',
        check: 'annotations',
        page: 1,
        x: 20,
        y: 60,
        message: 'Link annotation (https://www.vdab.be, 20.0 × 10.0 mm); the print edition has no links or form fields',
      },
    ]);
  });

  it('finds a CMYK 100/100/100/100 fill (400 % ink)', async () => {
    const bytes = await makePdf((doc) => {
      doc.rect(...at(20, 60), mm(20), mm(10)).fill([100, 100, 100, 100]);
    });
    expect(await print(bytes)).toEqual([
      {
        severity: 'error',
        check: 'total-ink',
        page: 1,
        x: 20,
        y: 60,
        message: 'fill colour C100 M100 Y100 K100 has 400 % total ink; print allows at most 300 %',
      },
    ]);
  });

  it('reports every page, and a file that is no PDF as one finding', async () => {
    const bytes = await makePdf(undefined, { trimBox: false, pages: 2 });
    expect((await print(bytes)).map((f) => f.page)).toEqual([1, 2]);
    expect(await print(new TextEncoder().encode('hello'))).toEqual([{ severity: 'error', check: 'pdf-syntax', message: expect.stringMatching(/^the file cannot be read as a PDF \(/) }]);
  });
});

describe('preflightPdf, screen edition', () => {
  it('skips the print-only checks and asks for a tagged, titled PDF with a language', async () => {
    const bytes = await makePdf(
      async (doc) => {
        doc.image(await rgbPng(300, 300), ...at(20, 60), { width: mm(50.8) });
        doc.link(...at(20, 60), mm(20), mm(10), 'https://www.vdab.be');
      },
      { trimBox: false, outputIntent: false, overprint: false },
    );
    expect(withoutCodes(await preflightPdf(bytes, { edition: 'screen' }))).toEqual([
      { severity: 'error', check: 'screen', message: 'the document is not tagged (no StructTreeRoot); the screen edition must be a tagged PDF' },
      { severity: 'error', check: 'screen', message: 'MarkInfo /Marked is not true; the screen edition must be a tagged PDF' },
      { severity: 'error', check: 'screen', message: 'the catalog has no Lang; set the document language (e.g. nl-BE)' },
      { severity: 'error', check: 'pdf-ua', message: 'the XMP metadata has no pdfuaid:part; a PDF/UA-1 file says so with pdfuaid:part 1' },
      { severity: 'error', check: 'pdf-ua', message: 'ViewerPreferences DisplayDocTitle is not true; PDF/UA-1 has viewers show the title, not the file name' },
      { severity: 'error', check: 'pdf-ua', page: 1, message: 'a page with annotations has no /Tabs /S; PDF/UA-1 has the tab order follow the structure' },
    ]);
  });

  it('passes a tagged pdfkit PDF with a language, the title shown and PDF/UA-1 in its XMP', async () => {
    const xmp = '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>';
    const bytes = await makePdf(undefined, { screen: true, xmp });
    expect(await preflightPdf(bytes, { edition: 'screen' })).toEqual([]);
  });
});
