import { describe, expect, it } from 'vitest';
import { createHyphenator } from '../../src/layout/hyphenator.js';

const split = (word: string, points: number[]): string => {
  let out = '';
  let last = 0;
  for (const p of points) {
    out += word.slice(last, p) + '-';
    last = p;
  }
  return out + word.slice(last);
};

describe('createHyphenator', () => {
  const nl = createHyphenator('nl')!;

  it('finds the Dutch hyphenation points of long words', () => {
    // checked against the Woordenlijst: on·ge·kwa·li·fi·ceerd, le·vens·loop·baan·ac·ti·vi·tei·ten, on·der·wijs·pro·fes·si·o·nals
    expect(nl('ongekwalificeerd')).toEqual([2, 4, 7, 9, 11]);
    expect(split('ongekwalificeerd', nl('ongekwalificeerd'))).toBe('on-ge-kwa-li-fi-ceerd');
    expect(nl('levensloopbaanactiviteiten')).toEqual([2, 6, 10, 14, 16, 18, 20, 23]);
    expect(split('levensloopbaanactiviteiten', nl('levensloopbaanactiviteiten'))).toBe('le-vens-loop-baan-ac-ti-vi-tei-ten');
    expect(nl('onderwijsprofessionals')).toEqual([2, 5, 9, 12, 15, 17, 18]);
    expect(split('onderwijsprofessionals', nl('onderwijsprofessionals'))).toBe('on-der-wijs-pro-fes-si-o-nals');
  });

  it('keeps 2 letters before and 3 after a hyphen, and leaves words under 6 letters alone', () => {
    // the patterns allow Oos-ten-de; "de" is too short an end
    expect(split('Oostende', nl('Oostende'))).toBe('Oos-tende');
    expect(nl('markt')).toEqual([]);
    expect(nl('kamer')).toEqual([]);
    expect(split('ouders', nl('ouders'))).toBe('ou-ders');
    const loose = createHyphenator('nl', { minLeft: 2, minRight: 2, minWordLength: 5 })!;
    expect(split('Oostende', loose('Oostende'))).toBe('Oos-ten-de');
    const strict = createHyphenator('nl', { minLeft: 3, minRight: 4 })!;
    expect(split('levensloopbaanactiviteiten', strict('levensloopbaanactiviteiten'))).toBe('levens-loop-baan-ac-ti-vi-teiten');
  });

  it('handles letters with diacritics and hyphenates the parts of a hyphenated word separately', () => {
    expect(split('beëindigen', nl('beëindigen'))).toBe('be-ëin-di-gen');
    expect(split('arbeidsmarkt-informatie', nl('arbeidsmarkt-informatie'))).toBe('ar-beids-markt-in-for-ma-tie');
  });

  it('caches per word', () => {
    expect(nl('werkzoekenden')).toBe(nl('werkzoekenden'));
    expect(split('werkzoekenden', nl('werkzoekenden'))).toBe('werk-zoe-ken-den');
  });

  it('knows nl, fr and English, by full tag or primary subtag, and nothing for languages without patterns', () => {
    expect(createHyphenator('nl-BE')).toBeTypeOf('function');
    expect(split('professionnels', createHyphenator('fr')!('professionnels'))).toBe('pro-fes-sion-nels');
    expect(split('hyphenation', createHyphenator('en-GB')!('hyphenation'))).toBe('hy-phen-a-tion');
    expect(createHyphenator('en-us')).toBeTypeOf('function');
    expect(createHyphenator('ar')).toBeUndefined();
    expect(createHyphenator('zz')).toBeUndefined();
  });
});
