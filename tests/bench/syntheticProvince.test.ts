// The benchmark's province: 62 municipalities by default, numbered copies for the scale case, every region id unique.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, municipalityNames, regionId } from '../../src/bench/syntheticProvince.js';

describe('municipalityNames', () => {
  it('the 62 municipalities by default', () => {
    expect(municipalityNames()).toEqual(MUNICIPALITIES);
    expect(MUNICIPALITIES).toHaveLength(62);
  });

  it('250 for the scale case: the province four times over and a part, numbered, with unique region ids', () => {
    const names = municipalityNames(250);
    expect(names).toHaveLength(250);
    expect(names[62]).toBe('Beernem 2');
    expect(names[249]).toBe(`${MUNICIPALITIES[249 % 62]} 5`);
    expect(new Set(names.map(regionId)).size).toBe(250);
  });
});
