// A pdfkit stream object → marked as holding bytes deflated already, so pdfkit writes them as they are.
import type { PdfRef } from './pdfDocument.js';

/** Its dictionary as pdfkit writes it for a stream it compresses itself (Length, then Filter). */
export function markDeflated(ref: PdfRef): void {
  ref.compress = false;
  ref.data.Length = 0;
  ref.data.Filter = 'FlateDecode';
}
