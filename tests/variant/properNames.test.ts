import { describe, expect, it } from 'vitest';
import { properNameWords, wordCore } from '../../src/variant/properNames.js';
import type { ResolvedRegion } from '../../src/load/resolveRegions.js';

const region = (data: ResolvedRegion['data']): ResolvedRegion => ({ id: 'x', chain: ['x'], data, positions: new Map() });

describe('properNameWords', () => {
  it('collects the capitalised words of region, contact and partner names', () => {
    const words = properNameWords([
      region({ name: 'Langemark-Poelkapelle', contacts: { a: { name: 'Leerwinkel – locatie Oostende' }, b: { name: 'Multitrajecten (Stad Oostende)' } }, partners: [{ name: 'Huis van het Leren' }] }),
    ]);
    expect([...words].sort()).toEqual(['Huis', 'Langemark', 'Leerwinkel', 'Leren', 'Multitrajecten', 'Oostende', 'Poelkapelle', 'Stad']);
  });

  it('strips punctuation the way the hyphenator sees words', () => {
    expect(wordCore('(Oostende),')).toBe('Oostende');
  });
});
