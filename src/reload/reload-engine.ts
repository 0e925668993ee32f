import type { FileProblem } from '../corpus/article';
import { DEFAULT_SLICE_MS } from '../steps/run-steps';
import { loadAndBuildCorpus, type BuildHooks } from '../build/load-and-build';
import { basisOf, engineFromBuild } from '../build/revision-basis';
import type { Lexicon } from '../lexicon/schema';
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
  /** The lexicon the new engine was built with; null with the engine. */
  lexicon: Lexicon | null;
}

/**
 * Reads and validates the data folder and, unless the policy says to keep the old corpus, builds the new engine
 * in slices, so the event loop (and the engine in service) keeps answering meanwhile.
 */
export async function buildNextEngine(
  dataDir: string,
  policy: ReloadPolicy,
  inService: ReadonlySet<string>,
  hooks: BuildHooks = {},
): Promise<NextEngine> {
  let refusal: string | null = null;
  const built = await loadAndBuildCorpus(dataDir, {
    sliceMs: DEFAULT_SLICE_MS,
    ...hooks,
    accept: (problems, loadedIds) => {
      refusal = removalRefusal(inService, problems, loadedIds);
      // A bad file never takes articles away from users: under keep-old any problem keeps the whole old corpus.
      return refusal === null && (policy !== 'keep-old' || problems.length === 0);
    },
  });
  if (!built.data) return { engine: null, problems: built.problems, refusal, lexicon: null };
  return {
    engine: engineFromBuild(built.data, built.basis),
    problems: built.problems,
    refusal,
    lexicon: built.lexicon,
  };
}

interface ReloadOptions extends BuildHooks {
  actor?: string;
  /** Told the lexicon of a corpus just swapped in, before the report is returned (to keep it as the last good). */
  onSwapped?: (lexicon: Lexicon) => Promise<void>;
}

interface ReloadArgs extends Omit<ReloadOptions, 'actor'> {
  holder: EngineHolder;
  dataDir: string;
  policy: ReloadPolicy;
  actor: string;
}

// One flight per holder: /reload, SIGHUP and the console all reach the same holder, and must share one reload.
const flights = new WeakMap<EngineHolder, SingleFlight<ReloadArgs, ReloadReport>>();

async function reloadOnce(args: ReloadArgs): Promise<ReloadReport> {
  const { holder, dataDir, policy, actor, onWorkerFailure, onProgress, onSwapped, cache } = args;
  const started = performance.now();
  const startedAt = new Date().toISOString();
  // The corpus in service is revised for what changed since, where its build keyed its files (see reviseBuild).
  const hooks = { onWorkerFailure, onProgress, ...(cache ? { cache } : {}), inService: basisOf(holder.current) };
  const next = await buildNextEngine(dataDir, policy, new Set(holder.current.articles.keys()), hooks);
  // The swap is one assignment: a query sees the old engine or the new one, never something in between.
  const diff = next.engine ? diffEngines(holder.current, next.engine) : null;
  if (next.engine) holder.swap(next.engine);
  if (next.engine && next.lexicon) await onSwapped?.(next.lexicon);
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
  options: ReloadOptions = {},
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
    onWorkerFailure: options.onWorkerFailure,
    onProgress: options.onProgress,
    onSwapped: options.onSwapped,
    cache: options.cache,
  });
  return joined ? { ...result, joined: true } : result;
}
