// The images a document places (with their boxes and fields) + their bytes → an error under 150 ppi and a warning under 300 ppi, at the field that placed each.
import { coded } from '../messages/coded.js';
import type { Diagnostic } from '../diagnostics.js';
import type { AssetUse } from '../model/collectAssets.js';
import { toMm } from '../units.js';
import { effectivePpi, fitImage } from './fitImage.js';
import { loadSharp } from '../load/loadSharp.js';
import { isSvg, MAX_IMAGE_PIXELS } from '../load/checkImage.js';

/** Print wants 300 ppi where the picture is placed; it is tolerated down to 150 ppi (a warning), refused below. */
export const PRINT_PPI = { wanted: 300, floor: 150 } as const;

export type PixelSize = { width: number; height: number } | null;

/** Pixel size of a raster image as displayed (EXIF rotation applied); null for vectors. Read from the header only. */
export async function readPixelSize(bytes: Buffer): Promise<PixelSize> {
  if (isSvg(bytes)) return null;
  const sharp = await loadSharp();
  const meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  return meta.width && meta.height ? (rotated ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height }) : null;
}

const mm1 = (pt: number): string => (Math.round(toMm(pt) * 10) / 10).toString();

/** `sizeOf`: an image's pixel size by name (the caller's memo of readPixelSize, so a header is read once per build). */
export async function checkResolution(
  uses: readonly AssetUse[],
  binaries: ReadonlyMap<string, Buffer>,
  sizeOf: (src: string, bytes: Buffer) => Promise<PixelSize> = (_src, bytes) => readPixelSize(bytes),
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const said = new Set<string>();
  for (const use of uses) {
    const bytes = binaries.get(use.name);
    if (use.kind !== 'image' || !use.box || !bytes) continue;
    const size = await sizeOf(use.name, bytes).catch(() => null);
    if (!size) continue;
    const fitted = fitImage({ x: 0, y: 0, ...use.box }, size.width, size.height);
    const ppi = Math.round(effectivePpi(size.width, fitted.width));
    if (ppi >= PRINT_PPI.wanted) continue;
    // once per picture, size and place
    const key = `${use.name}|${fitted.width.toFixed(2)}|${use.at.file}:${use.at.line}:${use.at.column}`;
    if (said.has(key)) continue;
    said.add(key);
    const error = ppi < PRINT_PPI.floor;
    diagnostics.push({
      severity: error ? 'error' : 'warning',
      ...coded(
        'image.lowResolution',
        {
          name: use.name,
          ppi,
          width: size.width,
          height: size.height,
          widthMm: mm1(fitted.width),
          heightMm: mm1(fitted.height),
          refused: error ? 1 : 0,
          floor: PRINT_PPI.floor,
          wanted: PRINT_PPI.wanted,
          neededWidth: Math.ceil((fitted.width / 72) * PRINT_PPI.wanted),
          neededHeight: Math.ceil((fitted.height / 72) * PRINT_PPI.wanted),
        },
        'image.lowResolutionHint',
      ),
      file: use.at.file,
      line: use.at.line,
      column: use.at.column,
      ...(use.field ? { field: use.field.path } : {}),
    });
  }
  return diagnostics;
}
