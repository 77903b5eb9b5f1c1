// QR block + position → QR item: the module matrix (qrcode, error correction M) with a 4-module quiet zone in its size; too small or unencodable is reported.
import { coded } from '../messages/coded.js';
import QRCode from 'qrcode';
import type { QrBlock } from '../model/types.js';
import { mm, toMm } from '../units.js';
import { memo } from '../world/memo.js';
import type { LayoutEnv } from './layoutEnv.js';
import type { QrItem, Tag } from './types.js';

/** The quiet zone around a QR code, in modules (ISO/IEC 18004): module size = size / (n + 8). */
export const QR_QUIET_ZONE = 4;
/** Smaller codes are a warning: phones struggle to scan them from a poster or flyer. */
export const QR_MIN_SIZE = mm(15);
const LINK = /^(https?:|mailto:|tel:)/i;

/** modules[row][col], true = dark, without the quiet zone. Throws when the text cannot be encoded (empty, or too long). */
export function qrMatrix(data: string): boolean[][] {
  // a region's few codes recur in every material, language and edition of it
  return memo(
    'layout.qrMatrix',
    [data],
    () => {
      const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
      const n = modules.size;
      return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => modules.get(row, col) === 1));
    },
    500,
  );
}

/** The QR item at (x, y), linked when its data is a URL; undefined (with an error) when the data cannot be encoded. */
export function qrItem(block: QrBlock, x: number, y: number, env: LayoutEnv, tag?: Tag): QrItem | undefined {
  const at = block.template;
  const pos = block.field ?? at;
  const where = { file: pos.file, line: pos.line, column: pos.column, ...(block.field ? { field: block.field.path } : {}), variant: env.ctx.variant };
  const key = `${at.file}:${at.line}:${at.column}|${block.data}`;
  if (block.size < QR_MIN_SIZE) {
    env.report(
      {
        severity: 'warning',
        ...coded('layout.qrSmall', { mm: toMm(block.size).toFixed(1), where: env.where }, 'layout.qrSmallHint'),
        ...where,
        file: at.file,
        line: at.line,
        column: at.column,
      },
      `qr-size|${key}`,
    );
  }
  let modules: boolean[][];
  try {
    modules = qrMatrix(block.data);
  } catch (e) {
    env.report({ severity: 'error', ...coded('layout.qrData', { where: env.where, detail: (e as Error).message }), ...where }, `qr-data|${key}`);
    return undefined;
  }
  const alt = `QR code: ${block.data}`;
  return {
    kind: 'qr',
    x,
    y,
    size: block.size,
    modules,
    quietZone: QR_QUIET_ZONE,
    color: 'ink',
    alt,
    ...(LINK.test(block.data) ? { href: block.data } : {}),
    ...(tag ? { tag: { ...tag, alt } } : {}),
  };
}
