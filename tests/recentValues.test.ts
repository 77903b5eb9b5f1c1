// recentValues: a bounded map that drops the value used least recently.
import { describe, expect, it } from 'vitest';
import { recentValues } from '../src/recentValues.js';

describe('recentValues', () => {
  it('keeps the values used most recently, up to its capacity', () => {
    const recent = recentValues<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1); // a is now the most recent
    recent.set('c', 3); // drops b
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
    recent.set('c', 4);
    recent.set('d', 5); // drops a
    expect([recent.get('a'), recent.get('c'), recent.get('d')]).toEqual([undefined, 4, 5]);
  });
});
