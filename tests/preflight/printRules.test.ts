// The print rules for small type, overprint, page counts and reading direction: each on a PDF made to break it, with its exact message, and what passes.
import { describe, expect, it } from 'vitest';
import { preflightPdf, type PreflightOptions } from '../../src/preflight/preflightPdf.js';
import { at, internals, makePdf, mm, REPO_ARABIC } from './printRuleFixtures.js';

const messages = async (bytes: Uint8Array, opts: Partial<PreflightOptions> = {}) => (await preflightPdf(bytes, { edition: 'print', ...opts })).map((f) => `${f.severity} ${f.check}: ${f.message}`);

/** A CMYK colour as pdfkit takes it. */
type Cmyk = [c: number, m: number, y: number, k: number];

const NAVY: Cmyk = [100, 78, 0, 38];
const BOLD = `${REPO_ARABIC.replace(/NotoSansArabic-Regular\.ttf$/, '')}Inter-Bold.otf`;

describe('small-text-inks', () => {
  it('errs on text under 12 pt in two or three inks, once per page and colour, naming the smallest size', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .fontSize(9)
        .fillColor(NAVY)
        .text('VDAB', ...at(20, 60), { lineBreak: false });
      doc.fontSize(7).text('Scan voor meer info', ...at(20, 70), { lineBreak: false });
      doc
        .fontSize(8)
        .fillColor([0, 68, 72, 0])
        .text('SAMEN TEGEN SCHOOLUITVAL', ...at(20, 80), { lineBreak: false });
    });
    expect(await messages(bytes)).toEqual([
      'error small-text-inks: 2 text runs, down to 7.0 pt, e.g. "VDAB", in 3 inks (C100 M78 Y0 K38); text under 12 pt is one ink: 100 % K, or one process ink or a tint of it',
      'error small-text-inks: text "SAMEN TEGEN SCHOOLUITVAL" at 8.0 pt in 2 inks (C0 M68 Y72 K0); text under 12 pt is one ink: 100 % K, or one process ink or a tint of it',
    ]);
  });

  it('passes 100 % K, a tint of K, one process ink, white, and navy from 12 pt up', async () => {
    const bytes = await makePdf((doc) => {
      doc
        .fontSize(9)
        .fillColor([0, 0, 0, 100])
        .text('Zwart', ...at(20, 60), { lineBreak: false });
      doc.fillColor([0, 0, 0, 70]).text('Grijs', ...at(20, 65), { lineBreak: false });
      doc.fillColor([100, 0, 0, 0]).text('Cyaan', ...at(20, 70), { lineBreak: false });
      doc.fillColor([0, 0, 60, 0]).text('Geel', ...at(20, 75), { lineBreak: false });
      doc
        .fontSize(12)
        .fillColor(NAVY)
        .text('Navy vanaf 12 pt', ...at(20, 85), { lineBreak: false });
    });
    expect(await messages(bytes)).toEqual([]);
  });
});

describe('reversed-text', () => {
  const whiteOn = (fill: Cmyk, font: string, size: number, text: string) =>
    makePdf((doc) => {
      doc.rect(...at(20, 60), mm(100), mm(20)).fill(fill);
      doc
        .font(font)
        .fontSize(size)
        .fillColor([0, 0, 0, 0])
        .text(text, ...at(25, 65), { lineBreak: false });
    });

  it('errs on white text under 12 pt out of navy (three inks), even bold', async () => {
    expect(await messages(await whiteOn(NAVY, BOLD, 8.5, 'Indicator'))).toEqual([
      'error reversed-text: white text "Indicator" at 8.5 pt (Inter-Bold) is reversed out of 3 inks (C100 M78 Y0 K38); white text under 12 pt is bold, 8 pt or more, out of at most 2 inks',
    ]);
  });

  it('errs on reversed text that is not bold, or under 8 pt, out of two inks', async () => {
    expect(await messages(await whiteOn([100, 85, 0, 0], `${REPO_ARABIC.replace(/NotoSansArabic-Regular\.ttf$/, '')}Inter-Regular.otf`, 9.5, 'Twijfel je nog?'))).toEqual([
      'error reversed-text: white text "Twijfel je nog?" at 9.5 pt (Inter-Regular) is reversed not bold (C100 M85 Y0 K0); white text under 12 pt is bold, 8 pt or more, out of at most 2 inks',
    ]);
    expect(await messages(await whiteOn([0, 0, 0, 100], BOLD, 7.5, 'Een campagne'))).toEqual([
      'error reversed-text: white text "Een campagne" at 7.5 pt (Inter-Bold) is reversed under 8 pt (C0 M0 Y0 K100); white text under 12 pt is bold, 8 pt or more, out of at most 2 inks',
    ]);
  });

  it('passes bold 8 pt out of two inks, 12 pt out of navy, and white on white', async () => {
    expect(await messages(await whiteOn([100, 85, 0, 0], BOLD, 8, 'Route'))).toEqual([]);
    expect(await messages(await whiteOn(NAVY, BOLD, 12, 'Meer weten?'))).toEqual([]);
    expect(await messages(await whiteOn([0, 0, 0, 0], BOLD, 7, 'wit op wit'))).toEqual([]);
  });
});

describe('black-overprint', () => {
  it('errs on a print page whose 100 % K text and rule knock out', async () => {
    expect(await messages(await makePdf(undefined, { overprint: false }))).toEqual([
      'error black-overprint: 1 text run and 1 rule in 100 % K knock out, e.g. "De school verlaten zonder kwal"; 100 % K text and rules overprint in print (ExtGState /OP true /op true /OPM 1)',
    ]);
  });

  it('wants /OPM 1 too: with /OPM 0 the zero components of 100 % K still knock out', async () => {
    const bytes = await makePdf((doc) => {
      const k = internals(doc);
      const gs = k.ref({ Type: 'ExtGState', OPM: 0 });
      gs.end();
      (k.page as unknown as { ext_gstates: Record<string, unknown> }).ext_gstates.GsOPM0 = gs;
      k.addContent('/GsOPM0 gs');
      doc.fontSize(9).text('Geen OPM 1', ...at(20, 60), { lineBreak: false });
    });
    expect(await messages(bytes)).toEqual([
      'error black-overprint: 1 text run in 100 % K knock out, e.g. "Geen OPM 1"; 100 % K text and rules overprint in print (ExtGState /OP true /op true /OPM 1)',
    ]);
  });

  it('errs on overprint in the screen edition', async () => {
    const bytes = await makePdf(undefined, { screen: true, trimBox: false, outputIntent: false, overprint: true });
    expect(await messages(bytes, { edition: 'screen' })).toContain(
      'error black-overprint: something is painted with overprint on; the screen edition never overprints (a screen shows no inks to overprint)',
    );
    expect(await messages(await makePdf(undefined, { screen: true }), { edition: 'screen' })).not.toContainEqual(expect.stringContaining('black-overprint'));
  });
});

describe('page-count', () => {
  it('errs when the page count is not a multiple of the binding’s, and warns about an odd count when the binding is not known', async () => {
    const three = await makePdf(undefined, { pages: 3 });
    expect(await messages(three, { pageMultiple: 2 })).toEqual([
      'error page-count: the document has 3 pages; printed on both sides it needs an even page count: add 1 page(s) (content, or a page marked as intentionally blank) or remove 1',
    ]);
    expect(await messages(await makePdf(undefined, { pages: 6 }), { pageMultiple: 4 })).toEqual([
      'error page-count: the document has 6 pages; bound as it is it needs a multiple of 4 pages: add 2 page(s) (content, or a page marked as intentionally blank) or remove 2',
    ]);
    expect(await messages(three)).toEqual(['warning page-count: the document has 3 pages; printed on both sides it needs an even page count (pass --page-multiple 1 if it is printed on one side)']);
    expect(await messages(three, { pageMultiple: 1 })).toEqual([]);
    expect(await messages(await makePdf(undefined, { pages: 8 }), { pageMultiple: 4 })).toEqual([]);
  });
});

describe('rtl-direction', () => {
  const RULE = 'but does not say so: set /ViewerPreferences << /Direction /R2L >> (pages in right-to-left order, bound on the right)';
  const arabic = (lang: string | undefined, direction: boolean) =>
    makePdf((doc) => {
      const k = internals(doc);
      if (lang) k._root.data.Lang = new String(lang);
      if (direction) k._root.data.ViewerPreferences = k.ref({ Direction: 'R2L' });
      // more Arabic letters than the clean page's Latin line
      doc
        .font(REPO_ARABIC)
        .fontSize(14)
        .text('هل تترك المدرسة بدون مؤهل؟ اكتشف خياراتك', ...at(20, 60), { lineBreak: false });
      doc.text('لا تقع في الفخ. تحدّث مع والديك أو مدرستك', ...at(20, 70), { lineBreak: false });
    });

  it('errs on a document in Arabic, by its language or by its text, that does not signal right-to-left', async () => {
    for (const edition of ['print', 'screen'] as const) {
      expect(await messages(await arabic('ar', false), { edition })).toContain(`error rtl-direction: the document reads right to left (its language is ar) ${RULE}`);
    }
    expect(await messages(await arabic(undefined, false))).toContain(`error rtl-direction: the document reads right to left (its text is mostly right to left) ${RULE}`);
  });

  it('passes with /Direction /R2L, and a left-to-right document without it', async () => {
    expect(await messages(await arabic('ar', true))).toEqual([]);
    expect(await messages(await makePdf())).toEqual([]);
  });
});
