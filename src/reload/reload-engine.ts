import type { FileProblem } from '../corpus/article';
import { DEFAULT_SLICE_MS } from '../engine/run-steps';
import { createEngineFromDir } from '../engine/create-engine';
import type { Engine } from '../engine/engine';
import type { EngineHolder } from '../engine/holder';
import { diffEngines } from './diff-engines';
import { removalRefusal } from './removal-guard';
import type { ReloadPolicy, ReloadReport } from './reload-report';
import { type SingleFlight, singleFlight } from './single-flight';

export interface NextEngine {
  /** Null when the policy keeps the old corpus (or nothing in the folder is usable). */
  engine: Engine | null;
  problems: FileProblem[];
  /** Why the corpus in service was kept whatever the policy (see removalRefusal); null otherwise. */
  refusal: string | null;
}

/**
 * Reads and validates the data folder and, unless the policy says to keep the old corpus, builds the new engine
 * in slices, so the event loop (and the engine in service) keeps answering meanwhile.
 */
export async function buildNextEngine(
  dataDir: string,
  policy: ReloadPolicy,
  inService: ReadonlySet<string>,
  onWorkerFailure?: (error: Error) => void,
): Promise<NextEngine> {
  let refusal: string | null = null;
  const built = await createEngineFromDir(dataDir, {
    sliceMs: DEFAULT_SLICE_MS,
    ...(onWorkerFailure ? { onWorkerFailure } : {}),
    accept: (problems, loadedIds) => {
      refusal = removalRefusal(inService, problems, loadedIds);
      // A bad file never takes articles away from users: under keep-old any problem keeps the whole old corpus.
      return refusal === null && (policy !== 'keep-old' || problems.length === 0);
    },
  });
  return { engine: built.engine, problems: built.problems, refusal };
}

interface ReloadArgs {
  holder: EngineHolder;
  dataDir: string;
  policy: ReloadPolicy;
  actor: string;
  onWorkerFailure?: (error: Error) => void;
}

// One flight per holder: /reload, SIGHUP and the console all reach the same holder, and must share one reload.
const flights = new WeakMap<EngineHolder, SingleFlight<ReloadArgs, ReloadReport>>();

async function reloadOnce({ holder, dataDir, policy, actor, onWorkerFailure }: ReloadArgs): Promise<ReloadReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const next = await buildNextEngine(dataDir, policy, new Set(holder.current.articles.keys()), onWorkerFailure);
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
    ...(next.refusal !== null ? { refusal: next.refusal } : {}),
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
  options: { actor?: string; onWorkerFailure?: (error: Error) => void } = {},
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
    ...(options.onWorkerFailure ? { onWorkerFailure: options.onWorkerFailure } : {}),
  });
  return joined ? { ...result, joined: true } : result;
}
