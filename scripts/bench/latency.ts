import { z } from 'zod';

export const LatencyStatsSchema = z.object({
  count: z.number().int().nonnegative(),
  p50: z.number().nonnegative(),
  p95: z.number().nonnegative(),
  max: z.number().nonnegative(),
});
/** Milliseconds. */
export type LatencyStats = z.infer<typeof LatencyStatsSchema>;

/** Nearest-rank percentile of ascending samples: the value a user at that percentile actually waited. */
export function percentile(sortedAscending: readonly number[], fraction: number): number {
  if (sortedAscending.length === 0) return 0;
  const rank = Math.ceil(fraction * sortedAscending.length) - 1;
  return sortedAscending[Math.min(sortedAscending.length - 1, Math.max(0, rank))] ?? 0;
}

export function latencyStats(samplesMs: readonly number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/**
 * Times `run` once per item, synchronously, as a bot handles one interaction after another. A few untimed warm-up
 * runs first, so the first query doesn't pay for JIT compilation and lazily built structures.
 */
export function timeEach<T>(items: readonly T[], run: (item: T) => unknown, warmUp = 3): number[] {
  for (const item of items.slice(0, warmUp)) run(item);
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}
