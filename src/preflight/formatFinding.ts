// A file name and a finding → one line: `file  page 2 at 12.0, 30.5 mm  error  check  message`.
import type { Finding } from './types.js';

export function formatFinding(file: string, f: Finding): string {
  let where = f.page !== undefined ? `page ${f.page}` : '';
  if (where && f.x !== undefined && f.y !== undefined) where += ` at ${f.x.toFixed(1)}, ${f.y.toFixed(1)} mm`;
  return [file, where, f.severity, f.check, f.message].filter(Boolean).join('  ');
}
