// The regions of a project → the words of every proper name they print (region, contact and partner names), which are never hyphenated.

import type { ResolvedRegion } from '../load/resolveRegions.js';

/** Letters-only core of a word, as the hyphenator sees it. */
export const wordCore = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

export function properNameWords(regions: Iterable<ResolvedRegion>): Set<string> {
  const words = new Set<string>();
  const add = (name: string | undefined) => {
    for (const part of (name ?? '').split(/[\s\u00A0/–—-]+/)) {
      const core = wordCore(part);
      if (core.length > 0 && /^\p{Lu}/u.test(core)) words.add(core);
    }
  };
  for (const region of regions) {
    add(region.data.name);
    for (const contact of Object.values(region.data.contacts ?? {})) if (contact) add(contact.name);
    for (const partner of region.data.partners ?? []) add(partner.name);
  }
  return words;
}
