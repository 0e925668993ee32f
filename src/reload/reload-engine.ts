import type { FileProblem } from '../corpus/article';
import { DEFAULT_SLICE_MS } from '../engine/run-steps';
import type { BuildHooks } from '../build/load-and-build';
import { createEngineFromDir } from '../engine/create-engine';
import type { Engine } from '../engine/engine';
import type { EngineHolder } from '../engine/holder';
import { diffEngines } from './diff-engines';
import type { ReloadPolicy, ReloadReport } from './reload-report';
import { type SingleFlight, singleFlight } from './single-flight';

export interface NextEngine {
  /** Null when the policy keeps the old corpus (or nothing in the folder is usable). */
  engine: Engine | null;
  problems: FileProblem[];
}

/**
 * Reads and validates the data folder and, unless the policy says to keep the old corpus, builds the new engine
 * in slices, so the event loop (and the engine in service) keeps answering meanwhile.
 */
export async function buildNextEngine(dataDir: string, policy: ReloadPolicy, hooks: BuildHooks = {}): Promise<NextEngine> {
  return createEngineFromDir(dataDir, {
    sliceMs: DEFAULT_SLICE_MS,
    ...hooks,
    // A bad file never takes articles away from users: under keep-old any problem keeps the whole old corpus.
    accept: (problems) => policy !== 'keep-old' || problems.length === 0,
  });
}

interface ReloadArgs {
  holder: EngineHolder;
  dataDir: string;
  policy: ReloadPolicy;
  actor: string;
  hooks: BuildHooks;
}

// One flight per holder: /reload, SIGHUP and the console all reach the same holder, and must share one reload.
const flights = new WeakMap<EngineHolder, SingleFlight<ReloadArgs, ReloadReport>>();

async function reloadOnce({ holder, dataDir, policy, actor, hooks }: ReloadArgs): Promise<ReloadReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const next = await buildNextEngine(dataDir, policy, hooks);
  // The swap is one assignment: a query sees the old engine or the new one, never something in between.
  const diff = next.engine ? diffEngines(holder.current, next.engine) : null;
  if (next.engine) holder.swap(next.engine);
  return {
    outcome: next.engine ? 'reloaded' : 'kept-old',
    actor,
    policy,
    startedAt,
    durationMs: performance.now() - started,
    diff,
    problems: next.problems,
    articles: holder.current.articles.size,
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
  options: { actor?: string } & BuildHooks = {},
): Promise<ReloadReport> {
  let flight = flights.get(holder);
  if (!flight) {
    flight = singleFlight(reloadOnce);
    flights.set(holder, flight);
  }
  const { result, joined } = await flight.run({
    holder,
    dataDir,
    policy,
    actor: options.actor ?? 'unknown',
    hooks: { onWorkerFailure: options.onWorkerFailure, onProgress: options.onProgress },
  });
  return joined ? { ...result, joined: true } : result;
}
