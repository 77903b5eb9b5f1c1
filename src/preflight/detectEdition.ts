// A parsed PDF → the edition whose rules fit it: print for a PDF/X output intent, screen for a tagged file without one, else print (the stricter rules).
import { asDict, get, getArray, getBool, getDict, getName, items } from './pdfObjects.js';
import type { ParsedPdf } from './types.js';
import type { Edition } from '../vocabulary/edition.js';

export interface DetectedEdition {
  edition: Edition;
  /** Why, for the report: "PDF/X output intent", "tagged, no output intent", "neither: print rules". */
  reason: string;
}

export function detectEdition(pdf: ParsedPdf): DetectedEdition {
  const intents = items(getArray(pdf.catalog, 'OutputIntents')).map(asDict);
  if (intents.some((d) => getName(d, 'S') === 'GTS_PDFX')) return { edition: 'print', reason: 'PDF/X output intent' };
  const tagged = getBool(getDict(pdf.catalog, 'MarkInfo'), 'Marked') === true || get(pdf.catalog, 'StructTreeRoot') !== undefined;
  if (tagged) return { edition: 'screen', reason: 'tagged, no output intent' };
  return { edition: 'print', reason: 'no output intent and no tags: print rules' };
}
