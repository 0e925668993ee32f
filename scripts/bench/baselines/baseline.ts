import type { BenchQuery } from '../query-set';

/** A competing design answering the benchmark's queries, to put our latencies in proportion. */
export interface Baseline {
  name: string;
  /** Returns the number of hits, so the work can't be optimised away and a reader can sanity-check it. */
  run(query: BenchQuery): number;
}
