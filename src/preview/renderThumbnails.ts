// PDF bytes + a resolution → one PNG per page, rendered with pdf.js and @napi-rs/canvas (npm packages only, no system renderer).
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Thumbnail {
  png: Buffer;
  width: number;
  height: number;
}

export async function renderThumbnails(bytes: Uint8Array, dpi = 40): Promise<Thumbnail[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Thumbnail[] = [];
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
      pages.push({ png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height });
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
