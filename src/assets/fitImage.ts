// A box + an image's pixel size + an alignment → the rectangle the image fills: the whole picture, aspect ratio kept (never stretched).
export type ImageAlign = 'left' | 'center' | 'right';

export interface FitRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest rectangle of the image's proportions inside `box`, centred vertically and placed along the width by `align`. */
export function fitImage(box: FitRect, pixelWidth: number, pixelHeight: number, align: ImageAlign = 'center'): FitRect {
  if (!(pixelWidth > 0 && pixelHeight > 0)) return { ...box };
  const scale = Math.min(box.width / pixelWidth, box.height / pixelHeight);
  const width = pixelWidth * scale;
  const height = pixelHeight * scale;
  const free = box.width - width;
  const x = box.x + (align === 'left' ? 0 : align === 'right' ? free : free / 2);
  return { x, y: box.y + (box.height - height) / 2, width, height };
}

/** The resolution (pixels per inch) of an image of `pixelWidth` pixels filling `widthPt` points. */
export const effectivePpi = (pixelWidth: number, widthPt: number): number => Math.round((pixelWidth / (widthPt / 72)) * 10) / 10;
