// Catalog → errors when the PDF/X output intent is missing or incomplete: /S /GTS_PDFX, OutputConditionIdentifier, an embedded CMYK ICC profile.
import { PDFStream } from '../pdfLib.js';
import { asDict, get, getArray, getName, getNumber, items, streamPrefix, textOf } from '../pdfObjects.js';
import type { Check, Finding } from '../types.js';

const ascii = (bytes: Uint8Array, from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));

/** Problems with the ICC profile header: signature, data colour space, device class. */
function profileProblems(profile: PDFStream): { severity: 'error' | 'warning'; message: string }[] {
  let bytes: Uint8Array;
  try {
    bytes = streamPrefix(profile, 128); // the header is all that is read
  } catch (e) {
    return [{ severity: 'error', message: `the output intent's profile could not be decoded (${(e as Error).message})` }];
  }
  if (bytes.length < 128 || ascii(bytes, 36) !== 'acsp') {
    return [{ severity: 'error', message: `the output intent's profile is not an ICC profile (no "acsp" signature)` }];
  }
  const out: { severity: 'error' | 'warning'; message: string }[] = [];
  const space = ascii(bytes, 16).trim();
  if (space !== 'CMYK') out.push({ severity: 'error', message: `the output intent's profile is for ${space} data; CMYK print needs a CMYK profile` });
  const deviceClass = ascii(bytes, 12);
  if (deviceClass !== 'prtr') out.push({ severity: 'warning', message: `the output intent's profile is a "${deviceClass}" profile; print expects an output ("prtr") profile` });
  return out;
}

export const outputIntent: Check = {
  id: 'output-intent',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: string, severity: 'error' | 'warning' = 'error') => findings.push({ severity, check: 'output-intent', message });
    const intents = items(getArray(pdf.catalog, 'OutputIntents')).map(asDict);
    if (intents.length === 0) {
      add('the catalog has no OutputIntents; PDF/X-4 needs an output intent with /S /GTS_PDFX and an embedded CMYK profile');
      return findings;
    }
    const pdfx = intents.filter((d) => getName(d, 'S') === 'GTS_PDFX');
    if (pdfx.length === 0) {
      const kinds = intents.map((d) => getName(d, 'S') ?? '?').join(', ');
      add(`no output intent has /S /GTS_PDFX (found: ${kinds}); PDF/X-4 needs one`);
      return findings;
    }
    if (pdfx.length > 1) add(`${pdfx.length} output intents have /S /GTS_PDFX; PDF/X allows one`);
    const intent = pdfx[0];
    if (!textOf(get(intent, 'OutputConditionIdentifier'))) add('the output intent has no OutputConditionIdentifier (e.g. "FOGRA39")');
    const profile = get(intent, 'DestOutputProfile');
    if (!(profile instanceof PDFStream)) {
      add('the output intent has no DestOutputProfile; PDF/X-4 needs the ICC profile embedded');
      return findings;
    }
    const n = getNumber(profile.dict, 'N');
    if (n !== 4) add(`the output intent's profile has /N ${n ?? '(none)'}; CMYK print needs /N 4`);
    for (const p of profileProblems(profile)) add(p.message, p.severity);
    return findings;
  },
};
