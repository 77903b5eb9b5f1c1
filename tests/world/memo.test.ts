// memo(): computed once per name and inputs, objects by identity, undefined kept, bounded.
import { describe, expect, it } from 'vitest';
import { memo, memoKey, memoStats, memoTable } from '../../src/world/memo.js';

describe('memo', () => {
  it('computes once for the same name and inputs, again for other inputs or another name', () => {
    let calls = 0;
    const twice = (n: number, name = 'test.twice') => memo(name, [n], () => (calls++, n * 2));
    expect([twice(2), twice(2), twice(3), twice(2, 'test.other')]).toEqual([4, 4, 6, 4]);
    expect(calls).toBe(3);
    expect(memoStats().find((s) => s.name === 'test.twice')).toMatchObject({ hits: 1, misses: 2 });
  });

  it('tells key parts apart by type and length, objects by identity', () => {
    expect(memoKey(['ab', 'c'])).not.toBe(memoKey(['a', 'bc']));
    expect(memoKey([1])).not.toBe(memoKey(['1']));
    expect(memoKey([null])).not.toBe(memoKey([undefined]));
    expect(memoKey([true])).not.toBe(memoKey(['true']));
    const a = { x: 1 };
    expect(memoKey([a])).toBe(memoKey([a]));
    expect(memoKey([a])).not.toBe(memoKey([{ x: 1 }]));
  });

  it('keeps undefined as a value', () => {
    let calls = 0;
    const none = () => memo('test.undefined', ['k'], () => void calls++);
    none();
    none();
    expect(calls).toBe(1);
  });

  it('keeps at most two generations of its capacity', () => {
    const table = memoTable<number>('test.bounded', 10);
    for (let i = 0; i < 100; i++) table.get(String(i), () => i);
    const kept = Array.from({ length: 100 }, (_, i) => table.peek(String(i))).filter((v) => v !== undefined);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(table.peek('99')).toBe(99);
    expect(table.peek('0')).toBeUndefined();
  });

  it('refuses one name with two capacities', () => {
    memoTable('test.capacity', 5);
    expect(() => memoTable('test.capacity', 6)).toThrow(/two capacities/);
  });
});
