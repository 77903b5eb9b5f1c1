// PDF bytes → PNG pages (through the preview renderer) and extracted text, with pdf.js (npm packages only, no system renderer).
import { renderThumbnails } from '../../src/preview/renderThumbnails.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page as a PNG, with the same renderer `drukwerk preview` uses. */
export async function renderPages(bytes: Uint8Array, dpi = 36): Promise<Buffer[]> {
  return (await renderThumbnails(bytes, dpi)).map((t) => t.png);
}

/** The text of every page, items joined by spaces and lines by newlines, in content order. */
export async function extractText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    out.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return out;
}
