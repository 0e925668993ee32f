import { describe, expect, it } from 'vitest';
import { topK } from './top-k';

describe('topK', () => {
  it('returns the k best ids, best first, smaller id first on ties', () => {
    const rank = new Float64Array([5, 1, 9, 5, 7, 0, 9]);
    const ids = Uint32Array.from([0, 1, 2, 3, 4, 5, 6]);
    expect(topK(ids, ids.length, 4, rank)).toEqual([2, 6, 4, 0]);
    expect(topK(ids, 3, 10, rank)).toEqual([2, 0, 1]);
    expect(topK(ids, ids.length, 0, rank)).toEqual([]);
  });

  it('agrees with a full sort on random ranks', () => {
    let seed = 3;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const rank = Float64Array.from({ length: 500 }, () => Math.floor(next() * 50));
    const ids = Uint32Array.from({ length: 500 }, (_, i) => 499 - i);
    const sorted = [...ids].sort((a, b) => rank[b]! - rank[a]! || a - b);
    expect(topK(ids, ids.length, 25, rank)).toEqual(sorted.slice(0, 25));
  });
});
