import { describe, expect, it } from 'vitest';
import { measureBaseline } from './measure-baseline';
import { QUERY_KINDS, type BenchQuery, type QuerySet } from './query-set';

const queries = Object.fromEntries(
  QUERY_KINDS.map((kind) => [
    kind,
    Array.from(
      { length: 10 },
      (_, i): BenchQuery =>
        kind === 'autocomplete' ? { kind, field: 'topic', text: `q${i}` } : { kind, text: `q${i}` },
    ),
  ]),
) as QuerySet;
const oursMs = Object.fromEntries(
  QUERY_KINDS.map((kind) => [kind, Array.from({ length: 10 }, (_, i) => i + 1)]),
) as Record<(typeof QUERY_KINDS)[number], number[]>;

function busy(ms: number): number {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // simulated search work
  }
  return 1;
}

describe('measureBaseline', () => {
  it('runs every query of a fast baseline and compares with our timings of the same queries', () => {
    const build = () => ({ name: 'fast', run: () => 1 });
    const report = measureBaseline({ build, queries, oursMs, sample: 10, budgetMs: 10_000, totalBudgetMs: 60_000 });
    expect(report.sampled).toBe(false);
    expect(report.latency.figure.count).toBe(10);
    expect(report.oursOnSameQueries.figure).toMatchObject({ count: 10, max: 10 });
  });

  it('cuts a slow baseline short at the time budget, says it sampled, and compares over the same few queries', () => {
    const report = measureBaseline({
      build: () => ({ name: 'slow', run: () => busy(60) }),
      queries,
      oursMs,
      sample: 10,
      budgetMs: 100,
      totalBudgetMs: 60_000,
    });
    expect(report.sampled).toBe(true);
    for (const kind of QUERY_KINDS) {
      expect(report.latency[kind].count).toBeGreaterThanOrEqual(1);
      expect(report.latency[kind].count).toBeLessThanOrEqual(3);
      expect(report.latency[kind].p50).toBeGreaterThanOrEqual(55);
      expect(report.oursOnSameQueries[kind].count).toBe(report.latency[kind].count);
    }
  });

  it('skips the kinds it has no time left for, and says so with a count of zero', () => {
    const report = measureBaseline({
      build: () => ({ name: 'slow', run: () => busy(60) }),
      queries,
      oursMs,
      sample: 10,
      budgetMs: 10,
      totalBudgetMs: 150,
    });
    expect(report.sampled).toBe(true);
    expect(report.latency.figure.count).toBe(1);
    expect(report.latency.autocomplete.count).toBe(0);
    expect(report.oursOnSameQueries.autocomplete.count).toBe(0);
  });
});
