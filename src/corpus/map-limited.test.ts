import { describe, expect, it } from 'vitest';
import { mapLimited } from './map-limited';

describe('mapLimited', () => {
  it('returns results in input order with no more than the limit in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results = await mapLimited(items, 5, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // Later items finish sooner, so order must come from the index, not from completion.
      await new Promise((resolve) => setTimeout(resolve, (40 - n) % 7));
      inFlight--;
      return n * 2;
    });
    expect(results).toEqual(items.map((n) => n * 2));
    expect(peak).toBe(5);
  });

  it('handles an empty list', async () => {
    expect(await mapLimited([], 8, async () => 1)).toEqual([]);
  });
});
