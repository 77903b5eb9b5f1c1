// Parsed pages → a finding for every placed image whose effective resolution (pixels over placed size, from the CTM at `Do`) is too low.
import { coded } from '../../messages/coded.js';
import { toMm } from '../../units.js';
import { fmt1, overlaps, position } from '../geometry.js';
import type { Check, Finding, ImageMark } from '../types.js';

/** 1-bit images (line art, image masks) need this many times the resolution of continuous-tone images in print. */
const LINE_ART_FACTOR = 2;

/** What the findings call an image: `image "Im1"`, or `inline image` for BI … EI. */
export const imagePart = (img: ImageMark): { what: string; name?: string } => (img.name ? { what: 'image', name: img.name } : { what: 'inlineImage' });

/** Effective ppi: the lower of the two axes. */
export function effectivePpi(img: ImageMark): number {
  const x = img.widthPx / (img.placedWidth / 72);
  const y = img.heightPx / (img.placedHeight / 72);
  return Math.min(x, y);
}

export const imageResolution: Check = {
  id: 'image-resolution',
  editions: ['print', 'screen'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const edition = opts.edition;
    for (const page of pdf.pages) {
      for (const img of page.marks) {
        if (img.kind !== 'image' || img.widthPx <= 0 || img.heightPx <= 0) continue;
        if (img.placedWidth < 1e-6 || img.placedHeight < 1e-6 || !overlaps(img.box, page.trim)) continue;
        const lineArt = edition === 'print' && img.bitsPerComponent === 1;
        const factor = lineArt ? LINE_ART_FACTOR : 1;
        // Between the two thresholds a warning, below both an error.
        const needed = Math.max(opts.minImagePpi, opts.warnImagePpi) * factor;
        const floor = Math.min(opts.minImagePpi, opts.warnImagePpi) * factor;
        const ppi = Math.round(effectivePpi(img));
        if (ppi >= needed) continue;
        findings.push({
          severity: ppi < floor ? 'error' : 'warning',
          check: 'image-resolution',
          page: page.number,
          ...position(img.box, page.trim),
          ...coded('preflight.imageResolution', {
            ...imagePart(img),
            lineArt: lineArt ? 1 : 0,
            ppi,
            width: img.widthPx,
            height: img.heightPx,
            widthMm: fmt1(toMm(img.placedWidth)),
            heightMm: fmt1(toMm(img.placedHeight)),
            edition,
            needed,
            floor: ppi < floor ? undefined : floor,
          }),
        });
      }
    }
    return findings;
  },
};
