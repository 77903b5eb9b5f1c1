// recentValues: a bounded map that keeps what was set or found since the last `capacity` new values, and drops the rest.
import { describe, expect, it } from 'vitest';
import { recentValues } from '../src/recentValues.js';

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
});
