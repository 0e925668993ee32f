/**
 * How many worker threads to build with. Starting a worker (its own V8 isolate, loading the TypeScript sources)
 * costs about half a second, and an article costs about two milliseconds to read, analyse and index, so workers
 * only pay off from about a thousand articles; below that the build runs on the calling thread. Above it, one
 * worker per core (the main thread only receives and puts the shards together), at most MAX_WORKERS: each shard
 * adds merging work that does not shrink with more cores.
 */
export function buildWorkerCount(articleCount: number, cores: number): number {
  if (articleCount < MIN_ARTICLES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(articleCount / MIN_ARTICLES_PER_WORKER)));
}

export const MIN_ARTICLES_FOR_WORKERS = 1000;
const MIN_ARTICLES_PER_WORKER = 500;
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
