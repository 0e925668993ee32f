import { join } from 'node:path';
import type { Env } from '../../config/env';
import { createArticleCache, type ArticleCache, type CacheProblem } from './article-cache';

const caches = new Map<string, ArticleCache>();

/** The folder the analysis cache lives in: CACHE_DIR, else `cache` in STATE_DIR. */
function cacheDirOf(env: Pick<Env, 'STATE_DIR' | 'CACHE_DIR'>): string {
  return env.CACHE_DIR ?? join(env.STATE_DIR, 'cache');
}

/**
 * The process's cache for the configured folder. One per folder, whoever asks (start-up, reloads, the console), so
 * a problem with it is reported once per process, through the `report` of the first to ask.
 */
export function articleCacheFor(
  env: Pick<Env, 'STATE_DIR' | 'CACHE_DIR'>,
  report: (problem: CacheProblem) => void,
  options: { readOnly?: boolean } = {},
): ArticleCache {
  const dir = cacheDirOf(env);
  const key = `${options.readOnly ? 'r' : 'w'}:${dir}`;
  let cache = caches.get(key);
  if (!cache) {
    cache = createArticleCache(dir, report, options);
    caches.set(key, cache);
  }
  return cache;
}

/** A cache problem as one line for a terminal. */
export function cacheProblemLine(problem: CacheProblem): string {
  const what =
    problem.kind === 'write-failed'
      ? 'analysis cache not written (the corpus is served all the same)'
      : problem.kind === 'other-version'
        ? 'analysis cache is from other code or another lexicon; building afresh'
        : 'analysis cache file damaged; its articles are read again';
  return `warning: ${what}: ${problem.path}: ${problem.detail}`;
}
