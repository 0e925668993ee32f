import { describe, expect, it } from 'vitest';
import { sortByKeys } from './sort-by-keys';

describe('sortByKeys', () => {
  it('sorts in place by the first key that differs, keeping equal items in their order', () => {
    const items = [
      { id: 'a', x: 2, y: 1 },
      { id: 'b', x: 1, y: 9 },
      { id: 'c', x: 2, y: 0 },
      { id: 'd', x: 1, y: 9 },
    ];
    const result = sortByKeys(items, [(i) => i.x, (i) => i.y]);
    expect(result).toBe(items);
    expect(items.map((i) => i.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('leaves an empty list alone', () => {
    expect(sortByKeys([], [() => 0])).toEqual([]);
  });
});
