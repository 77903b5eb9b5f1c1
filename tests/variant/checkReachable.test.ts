// unreachableContacts: a contact with no phone, website, e-mail or address is named once, where it is written; the school's own CLB (kind: ask-at-school) is not.
import { withoutCodes } from '../support/withoutCodes.js';
import { describe, expect, it } from 'vitest';
import { unreachableContacts } from '../../src/variant/checkReachable.js';
import type { ResolvedRegion } from '../../src/load/resolveRegions.js';
import type { ContactT } from '../../src/load/schema.js';

const region = (id: string, contacts: Record<string, ContactT>): ResolvedRegion => ({
  id,
  chain: [id],
  data: { name: id, contacts },
  positions: new Map(Object.keys(contacts).map((c, i) => [`contacts.${c}`, { file: 'content/regions/p.yaml', line: 10 + i, column: 5 }])),
});

describe('unreachableContacts', () => {
  it('names each contact without a way to reach it, once, as a warning or an error', () => {
    const p = region('p', {
      phone: { name: 'A', phone: '102' },
      web: { name: 'B', website: 'www.vdab.be' },
      mail: { name: 'C', email: 'a@b.be' },
      post: { name: 'D', address: 'Markt 1, 8400 Oostende' },
      school: { name: 'Je CLB', kind: 'ask-at-school' },
      nothing: { name: 'E', description: 'Alleen een naam.', hours: 'Elke dag' },
    });
    const message = 'contact "nothing" (E) gives no way to reach it: no phone, website, e-mail or address';
    const hint = "add one that has been checked (never a guess); for the school's own CLB, set kind: ask-at-school";
    expect(withoutCodes(unreachableContacts([p], 'warning'))).toEqual([{ severity: 'warning', message, file: 'content/regions/p.yaml', line: 15, column: 5, field: 'contacts.nothing', hint }]);
    // the same contact inherited by a second region is said once
    expect(withoutCodes(unreachableContacts([p, { ...p, id: 'q', chain: ['q', 'p'] }], 'error'))).toEqual([
      { severity: 'error', message, file: 'content/regions/p.yaml', line: 15, column: 5, field: 'contacts.nothing', hint },
    ]);
  });
});
