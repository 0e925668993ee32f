import type { Baseline } from './baselines/baseline';
import { latencyStats } from './latency';
import { QUERY_KINDS, type BenchQuery, type QuerySet } from './query-set';
import type { BaselineReport, LatencyByKind } from './size-report';

const MIN_QUERIES = 3;

/**
 * Times a baseline over the first `sample` queries of each kind, stopping a kind early once it has spent
 * `budgetMs` (slow designs at 50,000 articles take seconds per query). `oursMs` are our timings of the same
 * queries, so the ratio compares identical work.
 */
export function measureBaseline(options: {
  build: () => Baseline;
  queries: QuerySet;
  oursMs: Record<(typeof QUERY_KINDS)[number], number[]>;
  sample: number;
  budgetMs: number;
}): BaselineReport {
  const buildStarted = performance.now();
  const baseline = options.build();
  const buildMs = Math.round(performance.now() - buildStarted);
  const latency = {} as LatencyByKind;
  const ours = {} as LatencyByKind;
  let sampled = false;
  for (const kind of QUERY_KINDS) {
    const queries: BenchQuery[] = options.queries[kind];
    const samples: number[] = [];
    const kindStarted = performance.now();
    // One untimed run first, as for our engine: JIT warm-up is not what a user waits for.
    const first = queries[0];
    if (first) baseline.run(first);
    for (const query of queries.slice(0, options.sample)) {
      const started = performance.now();
      baseline.run(query);
      samples.push(performance.now() - started);
      if (samples.length >= MIN_QUERIES && performance.now() - kindStarted > options.budgetMs) break;
    }
    if (samples.length < queries.length) sampled = true;
    latency[kind] = latencyStats(samples);
    ours[kind] = latencyStats(options.oursMs[kind].slice(0, samples.length));
  }
  return { name: baseline.name, buildMs, latency, oursOnSameQueries: ours, sampled };
}
