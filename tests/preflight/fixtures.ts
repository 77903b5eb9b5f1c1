// Fixture PDFs built in memory with pdfkit: a clean PDF/X-4-like A5 page, and hooks to break one rule at a time.
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { REPO } from '../support/tempProject.js';

export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number) => v * PT_PER_MM;
export const INTER = `${REPO}/fonts/Inter-Regular.otf`;

/** A5 trim, 3 mm bleed, 7 mm more for marks: the trim starts 10 mm into the MediaBox. */
export const TRIM = { width: 148, height: 210 };
export const BLEED = 3;
export const OFFSET = 10;

/** A point given in mm from the trim's top-left → pdfkit coordinates (pt from the MediaBox's top-left). */
export const at = (xMm: number, yMm: number): [number, number] => [mm(OFFSET + xMm), mm(OFFSET + yMm)];

type Doc = PDFKit.PDFDocument;
interface Ref {
  data: Record<string, unknown>;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}
/** The pdfkit internals the fixtures reach into (untyped in @types/pdfkit). */
export interface Internals {
  _root: { data: Record<string, unknown> };
  page: { dictionary: { data: Record<string, unknown> }; xobjects: Record<string, unknown>; resources: { data: Record<string, unknown> } };
  info: Record<string, unknown>;
  ref(data?: Record<string, unknown>): Ref;
  addContent(s: string): void;
}
export const internals = (doc: Doc) => doc as unknown as Internals;

/** A PDF name as pdfkit writes it (JS strings become names only inside dictionaries, not as Info values). */
export const pdfName = (name: string) => ({ [Symbol.toStringTag]: 'PDFName', toString: () => `/${name}` });

/** A header-only ICC profile: output class, CMYK data, the `acsp` signature; enough for a structural check. */
export function fakeIccProfile(space = 'CMYK', deviceClass = 'prtr'): Uint8Array {
  const b = new Uint8Array(132);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, 132);
  dv.setUint32(8, 0x04200000);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (b[at + i] = c.charCodeAt(0)));
  put(12, deviceClass);
  put(16, space.padEnd(4));
  put(20, 'Lab ');
  put(36, 'acsp');
  return b;
}

export const XMP_PDFX = `<rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"><pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion></rdf:Description>`;

export interface FixtureOptions {
  trimBox?: boolean;
  bleedBox?: boolean;
  /** Bleed written into the BleedBox, in mm. */
  bleedMm?: number;
  outputIntent?: boolean;
  profile?: Uint8Array;
  /** Info entries; `Trapped` defaults to the name /False. */
  info?: Record<string, unknown>;
  xmp?: string;
  pages?: number;
  pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
  /** pdfkit's own accessibility options: tagged, with a language and the title shown. */
  screen?: boolean;
  /** Print pages are drawn with overprint on (/OP /op true, /OPM 1) unless this is false. */
  overprint?: boolean;
}

/** A clean print page (Inter embedded, CMYK only, boxes, output intent, PDF/X-4 identification), then `draw` on every page. */
export async function makePdf(draw: (doc: Doc, page: number) => void | Promise<void> = () => {}, o: FixtureOptions = {}): Promise<Uint8Array> {
  const size: [number, number] = [mm(TRIM.width + 2 * OFFSET), mm(TRIM.height + 2 * OFFSET)];
  const screen = o.screen ? { tagged: true, lang: 'nl-BE', displayTitle: true } : {};
  const doc = new PDFDocument({ size, margin: 0, pdfVersion: o.pdfVersion ?? '1.6', autoFirstPage: false, info: { Title: 'Preflight fixture' }, ...screen });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  const k = internals(doc);
  for (let p = 1; p <= (o.pages ?? 1); p++) {
    doc.addPage({ size, margin: 0 });
    const bleed = o.bleedMm ?? BLEED;
    const [W, H] = size;
    if (o.trimBox !== false) k.page.dictionary.data.TrimBox = [mm(OFFSET), mm(OFFSET), W - mm(OFFSET), H - mm(OFFSET)];
    if (o.bleedBox !== false) k.page.dictionary.data.BleedBox = [mm(OFFSET - bleed), mm(OFFSET - bleed), W - mm(OFFSET - bleed), H - mm(OFFSET - bleed)];
    // print: 100 % K text and rules overprint (the whole clean page is drawn in a graphics state that does)
    if (o.overprint ?? !o.screen) {
      const gs = k.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
      gs.end();
      (k.page as unknown as { ext_gstates: Record<string, unknown> }).ext_gstates.GsOP = gs;
      k.addContent('/GsOP gs');
    }
    doc.font(INTER).fontSize(10).fillColor([0, 0, 0, 100]);
    doc.text('De school verlaten zonder kwalificatie?', ...at(20, 20), { lineBreak: false });
    // A background band that runs into the bleed, and a rule.
    doc.rect(...at(-BLEED, 150), mm(TRIM.width + 2 * BLEED), mm(30)).fill([0, 60, 100, 0]);
    doc
      .lineWidth(0.5)
      .moveTo(...at(20, 40))
      .lineTo(...at(120, 40))
      .stroke([0, 0, 0, 100]);
    // what `draw` writes is in 100 % K unless it says otherwise (not in the band's orange, which pdfkit would keep)
    doc.fillColor([0, 0, 0, 100]);
    await draw(doc, p);
  }
  if (o.outputIntent !== false) {
    const profile = k.ref({ N: 4 });
    profile.end(Buffer.from(o.profile ?? fakeIccProfile()));
    k._root.data.OutputIntents = [{ Type: 'OutputIntent', S: 'GTS_PDFX', OutputConditionIdentifier: new String('FOGRA39'), Info: new String('Coated FOGRA39'), DestOutputProfile: profile }];
  }
  Object.assign(k.info, { GTS_PDFXVersion: 'PDF/X-4', Trapped: pdfName('False') }, o.info);
  for (const [key, value] of Object.entries(k.info)) if (value === undefined) delete k.info[key];
  doc.appendXML(o.xmp ?? XMP_PDFX);
  doc.end();
  return done;
}

/** A CMYK JPEG of the given pixel size. */
export function cmykJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .toColourspace('cmyk')
    .jpeg()
    .toBuffer();
}

export function rgbPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();
}
