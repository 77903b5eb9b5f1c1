// Resolved regions → a finding for every printed contact that gives no way to reach it (no phone, website, e-mail or address, and not `kind: ask-at-school`).
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { ResolvedRegion } from '../load/resolveRegions.js';

const WAYS = ['phone', 'website', 'email', 'address'] as const;

/** A warning while the content is a concept, an error with --final (`severity`). Each contact is named once, where it is written. */
export function unreachableContacts(regions: Iterable<ResolvedRegion>, severity: Diagnostic['severity']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const region of regions) {
    for (const [id, contact] of Object.entries(region.data.contacts ?? {})) {
      if (!contact || contact.kind === 'ask-at-school' || WAYS.some((w) => contact[w])) continue;
      const field = `contacts.${id}`;
      const pos = region.positions.get(field) ?? region.positions.get(`${field}.name`) ?? region.positions.get('') ?? { file: `content/regions/${region.id}.yaml`, line: 1, column: 1 };
      const key = `${pos.file}:${pos.line}:${pos.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ severity, ...coded('diag.unreachable', { id, name: contact.name }, 'hint.unreachable'), ...pos, field });
    }
  }
  return out;
}
