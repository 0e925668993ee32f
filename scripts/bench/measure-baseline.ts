import type { Baseline } from './baselines/baseline';
import { latencyStats } from './latency';
import { QUERY_KINDS, type BenchQuery, type QuerySet } from './query-set';
import type { BaselineReport, LatencyByKind } from './size-report';

// A warm-up slower than this is real work, not JIT start-up, and is kept as a sample: at archive size one fuse.js
// query takes seconds, and running it twice just to discard one would double the benchmark's run time.
const WARM_UP_COUNTS_AFTER_MS = 50;

/**
 * Times a baseline over the first `sample` queries of each kind, stopping a kind early once it has spent
 * `budgetMs` (fuse.js takes seconds per query from 1,000 articles up). `oursMs` are our timings of the same
 * queries, so the ratio compares identical work.
 */
export function measureBaseline(options: {
  build: () => Baseline;
  queries: QuerySet;
  oursMs: Record<(typeof QUERY_KINDS)[number], number[]>;
  sample: number;
  budgetMs: number;
  /** Kinds not started before the baseline has used this much time in all are skipped (count 0). */
  totalBudgetMs: number;
}): BaselineReport {
  const buildStarted = performance.now();
  const baseline = options.build();
  const buildMs = Math.round(performance.now() - buildStarted);
  const latency = {} as LatencyByKind;
  const ours = {} as LatencyByKind;
  let sampled = false;
  const started = performance.now();
  for (const kind of QUERY_KINDS) {
    const queries: BenchQuery[] = options.queries[kind];
    const samples: number[] = [];
    if (performance.now() - started > options.totalBudgetMs) {
      sampled = true;
      latency[kind] = latencyStats(samples);
      ours[kind] = latencyStats(samples);
      continue;
    }
    const kindStarted = performance.now();
    const timed = (query: BenchQuery): number => {
      const started = performance.now();
      baseline.run(query);
      return performance.now() - started;
    };
    // One warm-up run first, as for our engine: JIT start-up is not what a user waits for.
    const first = queries[0];
    const warmUpMs = first ? timed(first) : 0;
    const planned = queries.slice(0, options.sample);
    if (warmUpMs > WARM_UP_COUNTS_AFTER_MS) samples.push(warmUpMs);
    for (const query of planned.slice(samples.length)) {
      if (samples.length > 0 && performance.now() - kindStarted > options.budgetMs) break;
      samples.push(timed(query));
    }
    if (samples.length < queries.length) sampled = true;
    latency[kind] = latencyStats(samples);
    ours[kind] = latencyStats(options.oursMs[kind].slice(0, samples.length));
  }
  return { name: baseline.name, buildMs, latency, oursOnSameQueries: ours, sampled };
}
