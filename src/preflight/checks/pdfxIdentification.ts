// Catalog, Info, trailer and header → errors when the file does not identify as PDF/X-4: GTS_PDFXVersion, Trapped, version ≥ 1.6, XMP, ID, no encryption.
import { PDFName, PDFStream } from '../pdfLib.js';
import { get, getName, streamBytes, textOf } from '../pdfObjects.js';
import { DC_NS, PDFXID_NS, readXmp } from '../xmp.js';
import type { Check, Finding, ParsedPdf } from '../types.js';

const MIN_VERSION = 1.6;

function xmpFindings(pdf: ParsedPdf, infoVersion: string | undefined, add: (m: string, s?: 'error' | 'warning') => void): boolean {
  const stream = get(pdf.catalog, 'Metadata');
  if (!(stream instanceof PDFStream)) {
    add('the catalog has no XMP Metadata stream; PDF/X-4 needs one with pdfxid:GTS_PDFXVersion');
    return false;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(streamBytes(stream));
  } catch (e) {
    add(`the XMP metadata could not be decoded (${(e as Error).message})`);
    return false;
  }
  const xmp = readXmp(text);
  if (xmp.error) {
    add(`the XMP metadata is not well-formed XML (${xmp.error})`);
    return false;
  }
  const version = xmp.properties.get(`${PDFXID_NS}GTS_PDFXVersion`);
  if (!version) add('the XMP metadata has no pdfxid:GTS_PDFXVersion; PDF/X-4 needs it');
  else if (infoVersion && version !== infoVersion) add(`the XMP pdfxid:GTS_PDFXVersion "${version}" differs from the Info GTS_PDFXVersion "${infoVersion}"`);
  return xmp.properties.has(`${DC_NS}title`);
}

export const pdfxIdentification: Check = {
  id: 'pdf-x',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: string, severity: 'error' | 'warning' = 'error') => findings.push({ severity, check: 'pdf-x', message });
    const info = pdf.info;
    const infoVersion = textOf(get(info, 'GTS_PDFXVersion'));
    if (!infoVersion) add('the Info dictionary has no GTS_PDFXVersion; PDF/X-4 needs "PDF/X-4"');
    else if (!infoVersion.startsWith('PDF/X-4')) add(`the Info GTS_PDFXVersion is "${infoVersion}"; this preflight expects PDF/X-4`);

    const trapped = get(info, 'Trapped');
    if (trapped === undefined) add('the Info dictionary has no Trapped; PDF/X-4 needs /True or /False');
    else if (!(trapped instanceof PDFName)) add(`the Info Trapped is ${textOf(trapped) !== undefined ? `the string "${textOf(trapped)}"` : trapped.toString()}, not a name; PDF/X-4 needs /True or /False`);
    else if (!['True', 'False'].includes(trapped.decodeText())) add(`the Info Trapped is /${trapped.decodeText()}; PDF/X-4 needs /True or /False`);

    const catalogVersion = getName(pdf.catalog, 'Version');
    const version = Math.max(Number(pdf.headerVersion ?? 0), Number(catalogVersion ?? 0));
    if (!pdf.headerVersion) add('the file has no %PDF- header');
    else if (version < MIN_VERSION) add(`the PDF version is ${pdf.headerVersion}; PDF/X-4 needs ${MIN_VERSION} or later`);

    const xmpTitle = xmpFindings(pdf, infoVersion, add);
    if (!pdf.trailer.ID) add('the trailer has no ID; PDF/X-4 needs a document ID');
    if (pdf.trailer.Encrypt) add('the file is encrypted; PDF/X does not allow encryption');
    if (!textOf(get(info, 'Title')) && !xmpTitle) add('the document has no title (Info Title or dc:title); PDF/X-4 asks for one', 'warning');
    return findings;
  },
};
