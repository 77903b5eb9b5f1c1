// A Handlebars environment → the same environment with drukwerk's helpers: rich text, links, comparisons, numbering.
import Handlebars from 'handlebars';
import { escapeXml, SourcedText } from './fieldMarkers.js';

type Env = typeof Handlebars;

const plain = (v: unknown): string => (v instanceof SourcedText ? v.value : v === undefined || v === null ? '' : String(v));

/** `**emphasis**` → `<b>emphasis</b>`; everything else escaped. Each piece keeps its field marker. */
export function richMarkup(value: unknown): string {
  const text = plain(value);
  const mark = (s: string): string => (value instanceof SourcedText ? value.marked(escapeXml(s)) : escapeXml(s));
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part.length > 0)
    .map((part) => (part.startsWith('**') && part.endsWith('**') && part.length > 4 ? `<b>${mark(part.slice(2, -2))}</b>` : mark(part)))
    .join('');
}

export function webHref(address: string): string {
  return /^https?:\/\//.test(address) ? address : `https://${address}`;
}

export function registerHelpers(env: Env): void {
  env.registerHelper('rich', (value: unknown) => new env.SafeString(richMarkup(value)));
  env.registerHelper('eq', (a: unknown, b: unknown) => plain(a) === plain(b));
  env.registerHelper('web-href', (v: unknown) => webHref(plain(v)));
  env.registerHelper('tel-href', (v: unknown) => `tel:${plain(v).replace(/[^+\d]/g, '')}`);
  env.registerHelper('mail-href', (v: unknown) => `mailto:${plain(v)}`);
  env.registerHelper('web-label', (v: unknown) =>
    plain(v)
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, ''),
  );
  env.registerHelper('inc', (n: unknown) => Number(n) + 1);
  env.registerHelper('upper', (v: unknown) => (v instanceof SourcedText ? new env.SafeString(v.marked(escapeXml(v.value.toUpperCase()))) : plain(v).toUpperCase()));
  env.registerHelper('find', (list: unknown, key: string, value: unknown) =>
    Array.isArray(list) ? list.find((item) => item && plain((item as Record<string, unknown>)[key]) === plain(value)) : undefined,
  );
}
