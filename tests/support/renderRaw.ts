// PDF bytes → every page's pixels (RGBA, as rendered; no PNG encoded and decoded again) and text, from one pdf.js document:
// the same renderer (pdf.js on @napi-rs/canvas) and text extraction as renderPdf.ts, for tests that look at pixels of many pages.
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface RawPage {
  /** RGBA, row by row, on a white background. */
  data: Uint8ClampedArray;
  width: number;
  height: number;
  /** The page's text, as extractText in renderPdf.ts gives it. */
  text: string;
}

export async function renderRawPages(bytes: Uint8Array, dpi: number): Promise<RawPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: RawPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      const params = { canvasContext: context, viewport, canvas } as unknown as Parameters<typeof page.render>[0];
      await page.render(params).promise;
      const content = await page.getTextContent();
      const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
      pages.push({ data: context.getImageData(0, 0, canvas.width, canvas.height).data, width: canvas.width, height: canvas.height, text });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
