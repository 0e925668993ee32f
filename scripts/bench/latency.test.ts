import { describe, expect, it } from 'vitest';
import { latencyStats, percentile } from './latency';

describe('latency percentiles', () => {
  it('reports the nearest-rank p50, p95 and max of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(latencyStats(samples)).toEqual({ count: 100, p50: 50, p95: 95, max: 100 });
  });

  it('lets one slow query among twenty set the p95, as a user would feel it', () => {
    const samples = [...Array.from({ length: 19 }, () => 1), 40];
    expect(
      percentile(
        [...samples].sort((a, b) => a - b),
        0.95,
      ),
    ).toBe(1);
    expect(latencyStats([...samples, 40]).p95).toBe(40);
  });

  it('reports zeros for no samples instead of failing', () => {
    expect(latencyStats([])).toEqual({ count: 0, p50: 0, p95: 0, max: 0 });
  });
});
