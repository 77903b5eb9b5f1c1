// readPdf on pages whose content streams are the same bytes: each page's marks still come from its own document's resources.
import { PDFDocument, PDFName } from '../../src/preflight/pdfLib.js';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/preflight/readPdf.js';

/** A one-page PDF whose content shows "Hi" in /F1, and /F1 is the standard font `baseFont`. */
async function pageIn(baseFont: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const font = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: baseFont }));
  page.node.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: font } }));
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream('BT /F1 12 Tf 10 10 Td (Hi) Tj ET')));
  return doc.save({ useObjectStreams: false });
}

describe('readPdf', () => {
  it('reads the same content bytes in two documents with each document’s own fonts', async () => {
    const [helvetica, courier] = [await pageIn('Helvetica'), await pageIn('Courier')];
    for (const [bytes, name] of [
      [helvetica, 'Helvetica'],
      [courier, 'Courier'],
      [helvetica, 'Helvetica'],
    ] as const) {
      const marks = (await readPdf(bytes)).pages[0]!.marks;
      expect(marks).toHaveLength(1);
      expect(marks[0]).toMatchObject({ kind: 'text', fontName: name, text: 'Hi' });
    }
  });
});
