// recentValues: a bounded map that keeps what was set or found since the last `capacity` new values, and drops the rest.
import { describe, expect, it } from 'vitest';
import { recentValues } from '../../src/world/recentValues.js';

describe('recentValues', () => {
  it('keeps the values used within the last capacity additions and forgets older ones', () => {
    const recent = recentValues<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    recent.set('c', 3); // a and b are the older generation now
    expect(recent.get('a')).toBe(1); // found: carried into the current generation
    recent.set('d', 4); // c and a become the older generation; b is dropped
    expect(recent.get('b')).toBeUndefined();
    expect([recent.get('c'), recent.get('d')]).toEqual([3, 4]);
    for (const key of ['e', 'f', 'g', 'h']) recent.set(key, 0);
    expect([recent.get('a'), recent.get('c'), recent.get('d')]).toEqual([undefined, undefined, undefined]);
    expect(recent.get('h')).toBe(0);
  });

  it('remembers: makes a value only when none is kept', () => {
    const recent = recentValues<number[]>(2);
    let made = 0;
    const make = () => [++made];
    const first = recent.remember('a', make);
    expect(recent.remember('a', make)).toBe(first);
    expect(made).toBe(1);
    recent.set('b', [0]);
    recent.set('c', [0]);
    recent.set('d', [0]);
    recent.set('e', [0]); // a is forgotten
    expect(recent.remember('a', make)).toEqual([2]);
  });
});
