import type { Env } from '../config/env';
import type { Engine } from '../engine/engine';
import { createEngineFromDir } from '../build/engine-from-dir';
import { articleCacheFor, cacheProblemLine } from '../build/cache/cache-from-env';
import type { BuildHooks } from '../build/load-and-build';

export interface OpenEngineHooks extends Pick<BuildHooks, 'onProgress'> {
  /** Told when the build is over, before anything is printed (a progress line to clear first). */
  settle?: () => void;
  /** False: build without the analysis cache (a command that records nothing in STATE_DIR). */
  cache?: boolean;
}

/**
 * Opens the engine for a console command, with the analysis cache, so a question on a big archive does not wait
 * for the whole archive to be analysed again. File and cache problems are reported on stderr (stdout stays clean
 * for --json); only a data folder with nothing usable in it stops the console. What the build added to the cache
 * is written after the engine is returned: the process lives on until it is written.
 */
export async function openEngine(
  env: Pick<Env, 'DATA_DIR' | 'STATE_DIR' | 'CACHE_DIR'>,
  hooks: OpenEngineHooks = {},
): Promise<Engine | null> {
  const cache = hooks.cache === false ? undefined : consoleArticleCache(env);
  const { engine, problems } = await createEngineFromDir(env.DATA_DIR, {
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    ...(cache ? { cache } : {}),
  }).finally(() => hooks.settle?.());
  for (const p of problems) process.stderr.write(`warning: ${p.file}: ${p.reason}\n`);
  if (!engine) process.stderr.write(`error: no usable corpus in ${env.DATA_DIR}\n`);
  return engine;
}

/** The analysis cache of a console process, its problems told on stderr; read only for a command that writes nothing. */
export function consoleArticleCache(env: Pick<Env, 'STATE_DIR' | 'CACHE_DIR'>, options: { readOnly?: boolean } = {}) {
  return articleCacheFor(env, (problem) => process.stderr.write(`${cacheProblemLine(problem)}\n`), options);
}
