// Catalog → errors when the PDF/X output intent is missing or incomplete: /S /GTS_PDFX, OutputConditionIdentifier, an embedded CMYK ICC profile.
import { coded, type Coded } from '../../messages/coded.js';
import { PDFStream } from '../pdfLib.js';
import { asDict, get, getArray, getName, getNumber, items, streamPrefix, textOf } from '../pdfObjects.js';
import type { FileBudget } from '../limits.js';
import type { Check, Finding } from '../types.js';

const ascii = (bytes: Uint8Array, from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));

/** Problems with the ICC profile header: signature, data colour space, device class. */
function profileProblems(profile: PDFStream, budget: FileBudget): { severity: 'error' | 'warning'; message: Coded }[] {
  let bytes: Uint8Array;
  try {
    bytes = streamPrefix(profile, 128, budget); // the header is all that is read
  } catch (e) {
    return [{ severity: 'error', message: coded('preflight.profileUndecodable', { detail: (e as Error).message }) }];
  }
  if (bytes.length < 128 || ascii(bytes, 36) !== 'acsp') {
    return [{ severity: 'error', message: coded('preflight.profileNotIcc') }];
  }
  const out: { severity: 'error' | 'warning'; message: Coded }[] = [];
  const space = ascii(bytes, 16).trim();
  if (space !== 'CMYK') out.push({ severity: 'error', message: coded('preflight.profileSpace', { space }) });
  const deviceClass = ascii(bytes, 12);
  if (deviceClass !== 'prtr') out.push({ severity: 'warning', message: coded('preflight.profileClass', { deviceClass }) });
  return out;
}

export const outputIntent: Check = {
  id: 'output-intent',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (message: Coded, severity: 'error' | 'warning' = 'error') => findings.push({ severity, check: 'output-intent', ...message });
    const intents = items(getArray(pdf.catalog, 'OutputIntents')).map(asDict);
    if (intents.length === 0) {
      add(coded('preflight.noOutputIntent'));
      return findings;
    }
    const pdfx = intents.filter((d) => getName(d, 'S') === 'GTS_PDFX');
    if (pdfx.length === 0) {
      const kinds = intents.map((d) => getName(d, 'S') ?? '?').join(', ');
      add(coded('preflight.noPdfxIntent', { kinds }));
      return findings;
    }
    if (pdfx.length > 1) add(coded('preflight.severalPdfxIntents', { count: pdfx.length }));
    const intent = pdfx[0];
    if (!textOf(get(intent, 'OutputConditionIdentifier'))) add(coded('preflight.noOutputCondition'));
    const profile = get(intent, 'DestOutputProfile');
    if (!(profile instanceof PDFStream)) {
      add(coded('preflight.noDestProfile'));
      return findings;
    }
    const n = getNumber(profile.dict, 'N');
    if (n !== 4) add(coded('preflight.profileComponents', { components: n }));
    for (const p of profileProblems(profile, pdf.file.budget)) add(p.message, p.severity);
    return findings;
  },
};
