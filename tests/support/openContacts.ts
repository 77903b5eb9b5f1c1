// Diagnostics of a build of the shipped content → the same without the warnings for contacts that give no way to reach them (open questions of the network, content/OPEN-QUESTIONS.md).
import type { Diagnostic } from '../../src/diagnostics.js';

export const UNREACHABLE = /^contact "[^"]+" \(.+\) gives no way to reach it: no phone, website, e-mail or address$/;

export function withoutOpenContacts(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => !(d.severity === 'warning' && UNREACHABLE.test(d.message)));
}

const UNREACHABLE_LINE = /^\S+  warning  contact "[^"]+" \(.+\) gives no way to reach it: no phone, website, e-mail or address$/;

/** A command's printed diagnostics → the same without those warnings (each with its indented lines) and with the count line lowered to match. */
export function withoutOpenContactsText(printed: string): string {
  const out: string[] = [];
  let removed = 0;
  let skipping = false;
  for (const line of printed.split('\n')) {
    if (UNREACHABLE_LINE.test(line)) {
      removed++;
      skipping = true;
      continue;
    }
    if (skipping && /^ {4}/.test(line)) continue;
    skipping = false;
    out.push(line);
  }
  return out.join('\n').replace(/^(\d+) error\(s\), (\d+) warning\(s\)$/m, (_, e: string, w: string) => `${e} error(s), ${Number(w) - removed} warning(s)`);
}
