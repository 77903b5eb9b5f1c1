// Diagnostics of a build of the shipped content → the same without the warnings for contacts that give no way to reach them (open questions of the network, content/OPEN-QUESTIONS.md).
import type { Diagnostic } from '../../src/diagnostics.js';

export const UNREACHABLE = /^contact "[^"]+" \(.+\) gives no way to reach it: no phone, website, e-mail or address$/;

export function withoutOpenContacts(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => !(d.severity === 'warning' && UNREACHABLE.test(d.message)));
}
