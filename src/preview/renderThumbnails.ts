// PDF bytes + a resolution → one PNG per page, rendered with pdf.js and @napi-rs/canvas (npm packages only, no system renderer).
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Thumbnail {
  png: Buffer;
  width: number;
  height: number;
}

/** A page as rendered on a white canvas at the resolution asked for, with pdf.js's page (its text, for a test that reads it). */
export interface RenderedPage {
  page: PDFPageProxy;
  context: SKRSContext2D;
  width: number;
  height: number;
}

/** Renders every page and hands each to `take` while it is open; what `take` returns, page by page. */
export async function renderPages<T>(bytes: Uint8Array, dpi: number, take: (rendered: RenderedPage) => T | Promise<T>): Promise<T[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: T[] = [];
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
      pages.push(await take({ page, context, width: canvas.width, height: canvas.height }));
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}

export function renderThumbnails(bytes: Uint8Array, dpi = 40): Promise<Thumbnail[]> {
  return renderPages(bytes, dpi, ({ context, width, height }) => ({ png: context.canvas.toBuffer('image/png'), width, height }));
}
