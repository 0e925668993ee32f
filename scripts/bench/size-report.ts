import { z } from 'zod';
import { CheckResultSchema } from './answer-checks';
import { LoopDelaySchema } from './event-loop-delay';
import { LatencyStatsSchema } from './latency';
import { QUERY_KINDS } from './query-set';
import { WarmReportSchema } from './warm-report';

/**
 * What one per-size child process measures and sends to the parent. It crosses a process boundary and ends up in
 * the --json file others compare against, so it is a schema.
 */

const LatencyByKindSchema = z.object(
  Object.fromEntries(QUERY_KINDS.map((kind) => [kind, LatencyStatsSchema])) as {
    [K in (typeof QUERY_KINDS)[number]]: typeof LatencyStatsSchema;
  },
);

export const BaselineReportSchema = z.object({
  name: z.string(),
  buildMs: z.number().nonnegative(),
  latency: LatencyByKindSchema,
  /** Our latencies over exactly the queries the baseline ran, so ratios compare like with like. */
  oursOnSameQueries: LatencyByKindSchema,
  /** True when the baseline ran only a fixed sample of each kind's queries (it would take too long otherwise). */
  sampled: z.boolean(),
});
export type BaselineReport = z.infer<typeof BaselineReportSchema>;

export const SizeReportSchema = z.object({
  size: z.number().int().nonnegative(),
  seed: z.number().int(),
  /** 1-minute load average when the size started: other work on the machine inflates every timing. */
  loadAverage: z.number().nonnegative(),
  /** Work two threads did together relative to one alone when the size started (2: two full cores). */
  parallelThroughput: z.number().nonnegative(),
  archive: z.object({
    dir: z.string(),
    articles: z.number().int(),
    paragraphs: z.number().int(),
    syntheticWords: z.number().int(),
    distinctWords: z.number().int(),
  }),
  build: z.object({
    /** Load + analysis + index build, wall clock. */
    ms: z.number().nonnegative(),
    /** CPU time of the build over all threads (user + system). */
    cpuMs: z.number().nonnegative(),
    /** Build worker threads used (0: built on the main thread). */
    workers: z.number().int().nonnegative(),
    /** JS heap in use after a full GC, plus external memory (the typed-array index lives outside the JS heap). */
    heapMB: z.number().nonnegative(),
    jsHeapMB: z.number().nonnegative(),
    /** Memory outside the JS heap: every ArrayBuffer (the typed-array index) plus V8's other external data. */
    externalMB: z.number().nonnegative(),
    problems: z.number().int().nonnegative(),
    figures: z.number().int().nonnegative(),
    attributions: z.number().int().nonnegative(),
    /** The process's maximum resident set after the cold build, worker threads included. */
    peakRssMB: z.number().nonnegative(),
    /** Writing the analysis cache after the cold build (the corpus is in service meanwhile). */
    cacheSaveMs: z.number().nonnegative(),
  }),
  /** The cache the cold build filled, and a digest of its answers, for the warm child. */
  cache: z.object({ dir: z.string(), coldDigest: z.string() }),
  /** A start from that cache and an incremental reload, measured in a process of their own (measure-warm.ts). */
  warm: WarmReportSchema.optional(),
  latency: LatencyByKindSchema,
  reload: LoopDelaySchema.extend({ method: z.string() }),
  checks: z.array(CheckResultSchema),
  baselines: z.array(BaselineReportSchema),
});
export type SizeReport = z.infer<typeof SizeReportSchema>;
export type LatencyByKind = z.infer<typeof LatencyByKindSchema>;
