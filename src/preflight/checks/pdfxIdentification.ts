// Catalog, Info, trailer and header → errors when the file does not identify as PDF/X-4: GTS_PDFXVersion, Trapped, version ≥ 1.6, XMP, ID, no encryption.
import { coded, type Coded } from '../../messages/coded.js';
import { PDFName, PDFStream } from '../pdfLib.js';
import { get, getName, streamBytes, textOf } from '../pdfObjects.js';
import { DC_NS, PDFXID_NS, readXmp } from '../xmp.js';
import type { Check, Finding, ParsedPdf } from '../types.js';

const MIN_VERSION = 1.6;

function xmpFindings(pdf: ParsedPdf, infoVersion: string | undefined, add: (m: Coded, s?: 'error' | 'warning') => void): boolean {
  const stream = get(pdf.catalog, 'Metadata');
  if (!(stream instanceof PDFStream)) {
    add(coded('preflight.pdfxNoXmp'));
    return false;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(streamBytes(stream, pdf.file.budget));
  } catch (e) {
    add(coded('preflight.xmpUndecodable', { detail: (e as Error).message }));
    return false;
  }
  const xmp = readXmp(text);
  if (xmp.error) {
    add(coded('preflight.xmpNotXml', { detail: xmp.error }));
    return false;
  }
  const version = xmp.properties.get(`${PDFXID_NS}GTS_PDFXVersion`);
  if (!version) add(coded('preflight.xmpNoPdfxVersion'));
  else if (infoVersion && version !== infoVersion) add(coded('preflight.xmpVersionDiffers', { xmp: version, info: infoVersion }));
  return xmp.properties.has(`${DC_NS}title`);
}

export const pdfxIdentification: Check = {
  id: 'pdf-x',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: Coded, severity: 'error' | 'warning' = 'error') => findings.push({ severity, check: 'pdf-x', ...message });
    const info = pdf.info;
    const infoVersion = textOf(get(info, 'GTS_PDFXVersion'));
    if (!infoVersion) add(coded('preflight.infoNoPdfxVersion'));
    else if (!infoVersion.startsWith('PDF/X-4')) add(coded('preflight.infoPdfxVersion', { version: infoVersion }));

    const trapped = get(info, 'Trapped');
    if (trapped === undefined) add(coded('preflight.noTrapped'));
    else if (!(trapped instanceof PDFName)) add(coded('preflight.trappedNotName', { text: textOf(trapped), raw: trapped.toString() }));
    else if (!['True', 'False'].includes(trapped.decodeText())) add(coded('preflight.trappedValue', { name: trapped.decodeText() }));

    const catalogVersion = getName(pdf.catalog, 'Version');
    const version = Math.max(Number(pdf.headerVersion ?? 0), Number(catalogVersion ?? 0));
    if (!pdf.headerVersion) add(coded('preflight.noHeader'));
    else if (version < MIN_VERSION) add(coded('preflight.oldVersion', { version: pdf.headerVersion, min: MIN_VERSION }));

    const xmpTitle = xmpFindings(pdf, infoVersion, add);
    if (!pdf.trailer.ID) add(coded('preflight.noId'));
    if (pdf.trailer.Encrypt) add(coded('preflight.encrypted'));
    if (!textOf(get(info, 'Title')) && !xmpTitle) add(coded('preflight.pdfxNoTitle'), 'warning');
    return findings;
  },
};
