import { describe, expect, it } from 'vitest';
import { preflightPdf, type PreflightOptions } from '../../src/preflight/preflightPdf.js';
import { at, cmykJpeg, fakeIccProfile, internals, makePdf, mm, pdfName } from './fixtures.js';
import { withoutCodes } from '../support/withoutCodes.js';

const run = async (bytes: Uint8Array, opts: Partial<PreflightOptions> = {}) => withoutCodes(await preflightPdf(bytes, { edition: 'print', ...opts }));
const messages = async (bytes: Uint8Array, opts: Partial<PreflightOptions> = {}) => (await run(bytes, opts)).map((f) => `${f.severity} ${f.check}: ${f.message}`);

describe('page-boxes', () => {
  it('wants the bleed on every side, and a BleedBox at all', async () => {
    expect(await messages(await makePdf(undefined, { bleedMm: 2 }))).toEqual([
      'error page-boxes: the BleedBox extends the TrimBox by 2.0 mm left, 2.0 mm right, 2.0 mm top, 2.0 mm bottom; print needs 3 mm on every side',
    ]);
    expect(await messages(await makePdf(undefined, { bleedBox: false }))).toEqual(['error page-boxes: the page has no BleedBox; print needs a BleedBox 3 mm outside the TrimBox']);
    expect(await messages(await makePdf(undefined, { bleedMm: 2 }), { bleedMm: 2 })).toEqual([]);
  });

  it('wants the MediaBox to contain the BleedBox', async () => {
    expect(await messages(await makePdf(undefined, { bleedMm: 12 }), { bleedMm: 12 })).toEqual([
      'error page-boxes: the BleedBox reaches outside the MediaBox (2.0 mm left, 2.0 mm right, 2.0 mm top, 2.0 mm bottom); the MediaBox must contain the BleedBox',
    ]);
  });
});

describe('output-intent and pdf-x', () => {
  it('wants an output intent with an embedded CMYK output profile', async () => {
    expect(await messages(await makePdf(undefined, { outputIntent: false }))).toEqual([
      'error output-intent: the catalog has no OutputIntents; PDF/X-4 needs an output intent with /S /GTS_PDFX and an embedded CMYK profile',
    ]);
    expect(await messages(await makePdf(undefined, { profile: fakeIccProfile('RGB', 'mntr') }))).toEqual([
      "error output-intent: the output intent's profile is for RGB data; CMYK print needs a CMYK profile",
      `warning output-intent: the output intent's profile is a "mntr" profile; print expects an output ("prtr") profile`,
    ]);
    expect(await messages(await makePdf(undefined, { profile: new Uint8Array(200) }))).toEqual([`error output-intent: the output intent's profile is not an ICC profile (no "acsp" signature)`]);
  });

  it('wants GTS_PDFXVersion, Trapped as a name, version 1.6 and XMP naming PDF/X-4', async () => {
    const bytes = await makePdf(undefined, { info: { GTS_PDFXVersion: undefined, Trapped: 'False' }, pdfVersion: '1.4', xmp: '' });
    expect(await messages(bytes)).toEqual([
      'error pdf-x: the Info dictionary has no GTS_PDFXVersion; PDF/X-4 needs "PDF/X-4"',
      'error pdf-x: the Info Trapped is the string "False", not a name; PDF/X-4 needs /True or /False',
      'error pdf-x: the PDF version is 1.4; PDF/X-4 needs 1.6 or later',
      'error pdf-x: the XMP metadata has no pdfxid:GTS_PDFXVersion; PDF/X-4 needs it',
    ]);
    const other = await makePdf(undefined, { info: { GTS_PDFXVersion: 'PDF/X-1a:2001', Trapped: pdfName('Unknown') } });
    expect(await messages(other)).toEqual([
      'error pdf-x: the Info GTS_PDFXVersion is "PDF/X-1a:2001"; this preflight expects PDF/X-4',
      'error pdf-x: the Info Trapped is /Unknown; PDF/X-4 needs /True or /False',
      'error pdf-x: the XMP pdfxid:GTS_PDFXVersion "PDF/X-4" differs from the Info GTS_PDFXVersion "PDF/X-1a:2001"',
    ]);
  });

  it('wants the XMP to be well-formed XML', async () => {
    const found = await messages(await makePdf(undefined, { xmp: '<rdf:Description rdf:about="">' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error pdf-x: the XMP metadata is not well-formed XML \(.*\)$/);
  });
});

describe('colour-space, total-ink and rich black', () => {
  it('follows cs into the ColorSpace resources and reports an ICCBased RGB space there and where it paints', async () => {
    const bytes = await makePdf((doc) => {
      const k = internals(doc);
      const icc = k.ref({ N: 3 });
      icc.end(Buffer.from(fakeIccProfile('RGB', 'mntr')));
      k.page.resources.data.ColorSpace = { CS0: ['ICCBased', icc] };
      const [x, y] = at(20, 60);
      k.addContent(`q /CS0 cs 0.2 0.3 0.4 scn ${x} ${y} ${mm(20)} ${mm(10)} re f Q`);
    });
    expect(await messages(bytes)).toEqual([
      'error colour-space: fill colour is ICCBased RGB (0.2 0.3 0.4); print needs CMYK',
      'error colour-space: colour space resource "CS0" is ICCBased RGB; print needs CMYK',
    ]);
  });

  it('reports RGB text once per page and colour, at the first run', async () => {
    const bytes = await makePdf((doc) => {
      doc.fontSize(10).fillColor('#1f3a6e');
      doc.text('Eerste regel', ...at(20, 60), { lineBreak: false });
      doc.text('Tweede regel', ...at(20, 70), { lineBreak: false });
    });
    expect(await run(bytes)).toEqual([{ severity: 'error', check: 'colour-space', page: 1, x: 20, y: 59.9, message: 'text fill colour is DeviceRGB (0.122 0.227 0.431); print needs CMYK' }]);
  });

  it('finds an RGB inline image', async () => {
    const bytes = await makePdf((doc) => {
      const [x, y] = at(20, 60);
      internals(doc).addContent(`q ${mm(25.4)} 0 0 ${mm(25.4)} ${x} ${y} cm BI /W 300 /H 300 /CS /RGB /BPC 8 ID ${'\0'.repeat(270000)}\nEI Q`);
    });
    expect(await messages(bytes)).toEqual(['error colour-space: inline image is DeviceRGB; print needs CMYK']);
  });

  it('errs on small text and thin lines in rich black (four inks), and holds total ink to maxInk', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .fontSize(9)
        .fillColor([40, 30, 30, 100])
        .text('Rijk zwart', ...at(20, 60), { lineBreak: false });
      doc.fontSize(24).text('Groot rijk zwart', ...at(20, 80), { lineBreak: false });
      doc
        .lineWidth(0.5)
        .moveTo(...at(20, 100))
        .lineTo(...at(60, 100))
        .stroke([40, 30, 30, 100]);
    });
    expect(await messages(bytes)).toEqual([
      'error small-text-inks: text "Rijk zwart" at 9.0 pt in 4 inks (C40 M30 Y30 K100); text under 12 pt is one ink: 100 % K, or one process ink or a tint of it',
      'error thin-line-inks: a stroked line of 0.50 pt in 4 inks (C40 M30 Y30 K100); a line under 1.5 pt is one ink: 100 % K, or one process ink or a tint of it (in more inks, make it 1.5 pt or more)',
    ]);
    expect(await messages(bytes, { maxInk: 190 })).toContain('error total-ink: text fill colour C40 M30 Y30 K100 has 200 % total ink; print allows at most 190 %');
  });

  it('ignores registration-black crop marks outside the trim', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .lineWidth(0.1)
        .moveTo(...at(-9, 0))
        .lineTo(...at(-4, 0))
        .stroke([100, 100, 100, 100]);
    });
    expect(await messages(bytes)).toEqual([]);
  });
});

describe('image-resolution, text-size, line-width', () => {
  it('warns between 250 and 300 ppi', async () => {
    const bytes = await makePdf(async (doc) => {
      doc.image(await cmykJpeg(270, 270), ...at(20, 60), { width: mm(25.4) });
    });
    expect(await messages(bytes)).toEqual([
      'warning image-resolution: image "I1" is 270 ppi at its placed size (270 × 270 px placed at 25.4 × 25.4 mm); print needs 300 ppi (tolerated down to 250 ppi)',
    ]);
    expect(await messages(bytes, { edition: 'screen' })).not.toContainEqual(expect.stringContaining('image-resolution'));
  });

  it('warns about thin lines and errs on width 0', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .lineWidth(0.1)
        .moveTo(...at(20, 60))
        .lineTo(...at(60, 60))
        .stroke([0, 0, 0, 100]);
      doc
        .lineWidth(0)
        .moveTo(...at(20, 70))
        .lineTo(...at(60, 70))
        .stroke([0, 0, 0, 100]);
    });
    expect(await run(bytes)).toEqual([
      { severity: 'warning', check: 'line-width', page: 1, x: 20, y: 60, message: 'a stroked line is 0.10 pt wide; the minimum is 0.25 pt' },
      {
        severity: 'error',
        check: 'line-width',
        page: 1,
        x: 20,
        y: 70,
        message: 'a stroked line has width 0 (the thinnest line the device can draw, invisible on a plate); use at least 0.25 pt',
      },
    ]);
  });

  it('honours minTextPt', async () => {
    expect(await messages(await makePdf(), { minTextPt: 11 })).toEqual(['error text-size: text "De school verlaten zonder kwal" is 10.0 pt (Inter-Regular); the minimum is 11 pt']);
  });

  it('walks form XObjects with their matrix and resources: fonts inside, effective text size', async () => {
    const bytes = await makePdf((doc) => {
      const k = internals(doc);
      const font = k.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Times-Roman' });
      font.end();
      const form = k.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 400, 100], Matrix: [0.5, 0, 0, 0.5, 0, 0], Resources: { Font: { T1: font } } });
      form.end('BT /T1 10 Tf 0 0 0 1 k 1 0 0 1 10 20 Tm (Klein in een formulier) Tj ET');
      k.page.xobjects.Fm1 = form;
      // pdfkit's page space runs top-down; flip back so the form stands upright at 20, 60 mm.
      const [x, y] = at(20, 60);
      k.addContent(`q 1 0 0 -1 ${x} ${y} cm /Fm1 Do Q`);
    });
    expect(await run(bytes)).toEqual([
      {
        severity: 'error',
        check: 'fonts-embedded',
        page: 1,
        message: 'font "Times-Roman" (T1, Type1) is one of the standard 14 PDF fonts and is not embedded; print needs every font embedded',
      },
      { severity: 'error', check: 'text-size', page: 1, x: 21.8, y: 54.7, message: 'text "Klein in een formulier" is 5.0 pt (Times-Roman); the minimum is 6 pt' },
    ]);
  });
});

describe('performance', () => {
  it('finds nothing in a clean 30-page PDF with an image, text and lines', async () => {
    const jpeg = await cmykJpeg(600, 400);
    const bytes = await makePdf(
      (doc) => {
        doc.image(jpeg, ...at(20, 60), { width: mm(50) });
        for (let i = 0; i < 30; i++) doc.fontSize(9).text(`Regel ${i}: wie kan je helpen? Bij wie kan je terecht?`, ...at(20, 80 + i * 4), { lineBreak: false });
        for (let i = 0; i < 20; i++)
          doc
            .lineWidth(0.5)
            .moveTo(...at(20, 60 + i))
            .lineTo(...at(120, 60 + i))
            .stroke([0, 0, 0, 100]);
      },
      { pages: 30 },
    );
    expect(await run(bytes)).toEqual([]);
  });
});
