/**
 * How many worker threads to build with. Starting a worker (its own V8 isolate, loading the bundled build code,
 * warming up its own JIT) costs CPU, and handing articles across threads adds to each, while an article costs a
 * few milliseconds to read, analyse and index on one thread. So workers lose on a
 * small archive and win on a large one (DESIGN.md has the measurements): they start at MIN_ARTICLES_FOR_WORKERS. Then one worker per core
 * (the main thread only takes articles in and files them), at most MAX_WORKERS: each adds merging work.
 */
export function buildWorkerCount(articleCount: number, cores: number, options: { spareCore?: boolean } = {}): number {
  // One core gains nothing from a worker: the calling thread builds in slices just as well.
  if (articleCount < MIN_ARTICLES_FOR_WORKERS || cores < 2) return 0;
  // A reload leaves the main thread a core of its own: with a worker on every core the OS shares them with the
  // main thread too, and queries wait for a time slice.
  const usable = options.spareCore ? cores - 1 : cores;
  return Math.max(1, Math.min(usable, MAX_WORKERS, Math.floor(articleCount / MIN_ARTICLES_PER_WORKER)));
}

export const MIN_ARTICLES_FOR_WORKERS = 4000;
const MIN_ARTICLES_PER_WORKER = 2000;
const MAX_WORKERS = 8;

/** Splits `items` into `parts` contiguous runs of nearly equal length, in order (and none empty). */
export function contiguousParts<T>(items: readonly T[], parts: number): T[][] {
  const count = Math.max(1, Math.min(parts, items.length));
  const result: T[][] = [];
  for (let i = 0; i < count; i++) {
    result.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  }
  return result;
}
