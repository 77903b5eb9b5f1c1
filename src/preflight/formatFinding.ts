// A file name and a finding → one line in the language asked for: `file  page 2 at 12.0, 30.5 mm  error  check  message`.
import { localText } from '../messages/coded.js';
import { say, type MessageLanguage } from '../messages/say.js';
import type { Finding } from './types.js';

export function formatFinding(file: string, f: Finding, lang: MessageLanguage = 'en'): string {
  const at = f.x !== undefined && f.y !== undefined ? { x: f.x.toFixed(1), y: f.y.toFixed(1) } : {};
  const where = f.page !== undefined ? say('preflight.page', { page: f.page, ...at }, lang) : '';
  return [file, where, say(`label.${f.severity}`, {}, lang), f.check, localText(f, lang)].filter(Boolean).join('  ');
}
