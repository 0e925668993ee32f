import { engineFromFilesAsync, loadCorpusFiles } from '../engine/create-engine';
import type { EngineHolder } from '../engine/holder';
import { diffEngines } from './diff-engines';
import type { ReloadPolicy, ReloadReport } from './reload-report';
import { type SingleFlight, singleFlight } from './single-flight';

interface ReloadArgs {
  holder: EngineHolder;
  dataDir: string;
  policy: ReloadPolicy;
  actor: string;
}

// One flight per holder: /reload, SIGHUP and the console all reach the same holder, and must share one reload.
const flights = new WeakMap<EngineHolder, SingleFlight<ReloadArgs, ReloadReport>>();

async function reloadOnce({ holder, dataDir, policy, actor }: ReloadArgs): Promise<ReloadReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const files = await loadCorpusFiles(dataDir);
  const keepOld = (): ReloadReport => ({
    outcome: 'kept-old',
    actor,
    policy,
    startedAt,
    durationMs: performance.now() - started,
    diff: null,
    problems: files.problems,
    articles: holder.current.articles.size,
    joined: false,
  });
  // A bad file never takes articles away from users: under keep-old any problem keeps the whole old corpus.
  if (!files.lexicon || (policy === 'keep-old' && files.problems.length > 0)) return keepOld();
  // Built in slices beside the engine in service, which keeps answering until the one-assignment swap below.
  const next = await engineFromFilesAsync({ articles: files.articles, lexicon: files.lexicon });
  const diff = diffEngines(holder.current, next);
  holder.swap(next);
  return {
    outcome: 'reloaded',
    actor,
    policy,
    startedAt,
    durationMs: performance.now() - started,
    diff,
    problems: files.problems,
    articles: next.articles.size,
    joined: false,
  };
}

/**
 * Re-reads the data folder, validates every file, builds a new engine without blocking the event loop and swaps
 * it in atomically. Concurrent calls for the same holder run as one; the joiners' reports say so.
 */
export async function reloadEngine(
  holder: EngineHolder,
  dataDir: string,
  policy: ReloadPolicy,
  options: { actor?: string } = {},
): Promise<ReloadReport> {
  let flight = flights.get(holder);
  if (!flight) {
    flight = singleFlight(reloadOnce);
    flights.set(holder, flight);
  }
  const { result, joined } = await flight.run({ holder, dataDir, policy, actor: options.actor ?? 'unknown' });
  return joined ? { ...result, joined: true } : result;
}
