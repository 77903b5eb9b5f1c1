// PDF bytes → every page's pixels (RGBA, as rendered; no PNG encoded and decoded again) and text, from one pdf.js document:
// the renderer the preview uses (renderPages), and the text extraction of renderPdf.ts, for tests that look at pixels of many pages.
import { renderPages } from '../../src/preview/renderThumbnails.js';

export interface RawPage {
  /** RGBA, row by row, on a white background. */
  data: Uint8ClampedArray;
  width: number;
  height: number;
  /** The page's text, as extractText in renderPdf.ts gives it. */
  text: string;
}

export function renderRawPages(bytes: Uint8Array, dpi: number): Promise<RawPage[]> {
  return renderPages(bytes, dpi, async ({ page, context, width, height }) => {
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
    return { data: context.getImageData(0, 0, width, height).data, width, height, text };
  });
}
