// PDF bytes → the QR codes painted on each page, as module matrices read back from their rectangles (a run of `re` filled at once, all one module high), to compare with the matrix of the address they should encode.
import { readPages } from './pdfContent.js';

export interface PaintedQr {
  page: number;
  /** modules[row][col], true = dark, top row first. */
  modules: boolean[][];
}

/** Every QR code of every page: a path of at least 21 rectangles of one height (a module) filled in one go. */
export async function paintedQrCodes(bytes: Uint8Array): Promise<PaintedQr[]> {
  const { pages } = await readPages(bytes);
  const found: PaintedQr[] = [];
  for (const page of pages) {
    let rects: number[][] = [];
    for (const { op, args } of page.ops) {
      if (op === 're') rects.push(args.map(Number));
      else if (op === 'f' || op === 'f*' || op === 'F') {
        const qr = readModules(rects);
        if (qr) found.push({ page: page.page, modules: qr });
        rects = [];
      } else if (['n', 'S', 's', 'B', 'B*', 'b', 'b*', 'q', 'Q', 'BT', 'Do'].includes(op)) rects = []; // colour and state ops may stand between a path and its fill
    }
  }
  return found;
}

function readModules(rects: number[][]): boolean[][] | undefined {
  if (rects.length < 21) return undefined;
  const unit = Math.abs(rects[0]![3]!);
  if (!(unit > 0) || rects.some((r) => Math.abs(Math.abs(r[3]!) - unit) > 1e-3)) return undefined;
  // pdfkit writes a rectangle from its top-left corner in a y-down user space: rows count down from the smallest y
  const left = Math.min(...rects.map((r) => r[0]!));
  const top = Math.min(...rects.map((r) => r[1]!));
  const size = Math.round((Math.max(...rects.map((r) => r[0]! + r[2]!)) - left) / unit);
  const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [x, y, w] of rects) {
    const row = Math.round((y! - top) / unit);
    const first = Math.round((x! - left) / unit);
    const count = Math.round(w! / unit);
    for (let c = first; c < first + count; c++) if (modules[row]) modules[row]![c] = true;
  }
  return modules;
}
