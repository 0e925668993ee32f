import type { Env } from '../config/env';
import { loadAndBuildCorpus, type BuildHooks } from '../build/load-and-build';
import { engineFromBuild } from '../build/revision-basis';
import type { Engine } from '../engine/engine';
import { LAST_GOOD_LEXICON_FILE, loadLastGoodLexicon, saveLastGoodLexicon } from '../lexicon/last-good-lexicon';
import { LogEvent } from '../logging/log-events';
import type { Logger } from '../logging/logger';
import { articleCacheFor } from '../build/cache/cache-from-env';

/** The analysis cache, its problems logged as warnings (the corpus is served from the data folder regardless). */
function botArticleCache(env: Pick<Env, 'STATE_DIR' | 'CACHE_DIR'>, logger: Pick<Logger, 'warn'>) {
  return articleCacheFor(env, (problem) =>
    logger.warn({ event: LogEvent.analysisCacheProblem, ...problem }, 'analysis cache: rebuilt what it could not give'),
  );
}

/** Main-thread work between turns of the event loop while the bot's first corpus is built. */
const STARTUP_SLICE_MS = 50;

/**
 * The corpus the bot starts with. Bad article files are left out and named. A lexicon file that cannot be used
 * does not keep the desk without answers after a restart: the bot starts with the last lexicon that loaded (kept
 * in STATE_DIR) and says so at error level; only a first start, with no such copy, refuses. A lexicon that loads
 * becomes the new last good one.
 */
export async function openBotCorpus(
  env: Pick<Env, 'DATA_DIR' | 'STATE_DIR' | 'CACHE_DIR'>,
  logger: Logger,
  hooks: Pick<BuildHooks, 'onProgress'> = {},
): Promise<Engine | null> {
  const lastGood = await loadLastGoodLexicon(env.STATE_DIR);
  const built = await loadAndBuildCorpus(env.DATA_DIR, {
    // The bot is connecting (and may be asked things) while this runs: the event loop gets a turn now and then,
    // and the build still gets every core (there are no queries to answer quickly yet).
    sliceMs: STARTUP_SLICE_MS,
    spareCore: false,
    ...('lexicon' in lastGood ? { lexiconFallback: lastGood.lexicon } : {}),
    onWorkerFailure: (error) => logger.warn({ err: error }, 'build workers failed; built on the main thread'),
    cache: botArticleCache(env, logger),
    ...hooks,
  });
  for (const p of built.problems) logger.warn({ file: p.file, reason: p.reason }, 'data file left out');
  if (!built.data || !built.lexicon) {
    const reason = 'problem' in lastGood ? lastGood.problem : undefined;
    logger.fatal({ event: LogEvent.corpusUnusable, dataDir: env.DATA_DIR, reason }, 'no usable corpus; not starting');
    return null;
  }
  if (built.lexiconFromFallback && 'savedAt' in lastGood) {
    logger.error(
      {
        event: LogEvent.lexiconFallback,
        dataDir: env.DATA_DIR,
        problems: built.problems.filter((p) => p.file.startsWith('lexicon/')),
        lastGood: LAST_GOOD_LEXICON_FILE,
        savedAt: lastGood.savedAt,
      },
      `the lexicon files cannot be used: started with the last good lexicon, saved ${lastGood.savedAt}; fix them and reload`,
    );
  } else {
    await saveLastGoodLexicon(env.STATE_DIR, built.lexicon).catch((err: unknown) =>
      logger.warn({ err }, 'could not save the last good lexicon in STATE_DIR'),
    );
  }
  return engineFromBuild(built.data, built.basis);
}
