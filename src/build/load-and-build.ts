import { availableParallelism } from 'node:os';
import type { FileProblem } from '../corpus/article';
import { listArticleFiles, loadArticleFiles, sortProblems, type ArticleListing } from '../corpus/load-articles';
import { buildCorpusDataAsync, corpusFactsSteps } from './build-corpus-data';
import { DEFAULT_SLICE_MS, runInSlices } from '../steps/run-steps';
import type { CorpusData } from '../engine/corpus-data';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { withArticles } from '../search/passage-index';
import { startBuildWorkers } from './run-build-workers';
import { buildWorkerCount } from './worker-plan';

export interface LoadAndBuildOptions {
  /**
   * Main-thread work per slice before the event loop gets a turn (see buildCorpusDataAsync). Infinity builds in
   * one go, for start-up, where nothing else waits on the event loop.
   */
  sliceMs?: number;
  /**
   * Worker threads to read and analyse with; 'auto' (the default) decides by archive size and cores, leaving the
   * main thread a core when it builds in slices (see buildWorkerCount).
   */
  workers?: number | 'auto';
  /**
   * Whether 'auto' leaves the main thread a core; by default when building in slices. A start-up that builds in
   * slices only so its Discord connection keeps breathing has no queries to keep answering quickly: it says false.
   */
  spareCore?: boolean;
  /**
   * Whether to build at all given the problems found and the ids of the articles that did load (a reload under
   * keep-old refuses any problem; any reload refuses to lose the articles of an unreadable folder). Default: build.
   */
  accept?: (problems: readonly FileProblem[], loadedIds: readonly string[]) => boolean;
  /** Told when the worker threads failed and the build was redone on the calling thread. */
  onWorkerFailure?: (error: Error) => void;
  /** The worker script (see startBuildWorkers); the default is this program's own. */
  workerEntry?: URL;
  /** Told as articles are read and analysed: batch by batch in worker threads, once at the end on one thread. */
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Built with when the data folder's lexicon is unusable (at start-up, the last good one: see
   * last-good-lexicon.ts). The lexicon's problems are reported all the same.
   */
  lexiconFallback?: Lexicon;
}

/** How far a build has got: articles read and analysed, of the files listed. */
export interface BuildProgress {
  articles: number;
  of: number;
  /**
   * 'analysing' (also when absent) while articles are read and analysed; 'indexing' once every article is, while
   * the index is put together and the analyses filed, which reports no counts of its own.
   */
  phase?: 'analysing' | 'indexing';
}

/** What a caller may want to hear about a build while it runs. */
export type BuildHooks = Pick<LoadAndBuildOptions, 'onWorkerFailure' | 'onProgress'>;

export interface LoadedAndBuilt {
  /** Null when there is no usable lexicon, or `accept` refused the problems. */
  data: CorpusData | null;
  /** Lexicon problems first, then file problems in file order. */
  problems: FileProblem[];
  /** Worker threads the articles were read and analysed in; 0 when on the calling thread. */
  workers: number;
  /** The lexicon built with; null when there was none. */
  lexicon: Lexicon | null;
  /** The lexicon is `lexiconFallback`, because the data folder's could not be used. */
  lexiconFromFallback: boolean;
}

/**
 * Loads a data folder and builds the corpus data over everything valid in it. At archive size the per-article
 * work (reading, cleaning, analysis, index reading: nearly all of it) runs in worker threads, one contiguous run
 * of files each; the first worker then puts the index shards together while the main thread files the analyses in
 * slices. The result is the same, id for id, as a build on one thread (load-and-build.test.ts checks it).
 */
export async function loadAndBuildCorpus(dataDir: string, options: LoadAndBuildOptions = {}): Promise<LoadedAndBuilt> {
  const [listing, loadedLexicon] = await Promise.all([listArticleFiles(dataDir), loadLexicon(dataDir)]);
  const problemsWith = (fileProblems: FileProblem[]) => [
    ...loadedLexicon.problems,
    ...sortProblems([...listing.problems, ...fileProblems]),
  ];
  const lexicon = loadedLexicon.lexicon ?? options.lexiconFallback ?? null;
  const lexiconFromFallback = loadedLexicon.lexicon === null && lexicon !== null;
  const built = await buildWith(listing, lexicon, options, problemsWith);
  return { ...built, lexicon, lexiconFromFallback };
}

/** What a build over a given lexicon gives, before the caller learns which lexicon that was. */
type Build = Omit<LoadedAndBuilt, 'lexicon' | 'lexiconFromFallback'>;

async function buildWith(
  listing: ArticleListing,
  lexicon: Lexicon | null,
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<Build> {
  if (!lexicon) return { data: null, problems: problemsWith([]), workers: 0 };

  const workers =
    options.workers === undefined || options.workers === 'auto'
      ? buildWorkerCount(listing.files.length, availableParallelism(), {
          // A caller building in slices has an event loop to keep answering (a reload): it keeps a core.
          spareCore: options.spareCore ?? Number.isFinite(options.sliceMs ?? DEFAULT_SLICE_MS),
        })
      : options.workers;
  if (workers > 0) {
    try {
      return await buildInWorkers(listing, lexicon, workers, options, problemsWith);
    } catch (error) {
      // A worker that cannot start or dies must not cost the desk its corpus: the same build, on this thread.
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
  const loaded = await loadArticleFiles(listing.folder, listing.files);
  const problems = problemsWith(loaded.problems);
  if (options.accept && !options.accept(problems, loaded.articles.map((a) => a.id))) {
    return { data: null, problems, workers: 0 };
  }
  const input = { articles: loaded.articles, lexicon };
  const of = listing.files.length;
  const data = await buildCorpusDataAsync(input, options.sliceMs ?? DEFAULT_SLICE_MS, (articles) => {
    options.onProgress?.({ articles, of });
    if (articles === loaded.articles.length) options.onProgress?.({ articles, of, phase: 'indexing' });
  });
  if (loaded.articles.length === 0) options.onProgress?.({ articles: 0, of, phase: 'indexing' });
  return { data, problems, workers: 0 };
}

/**
 * The build in worker threads: the main thread files the analyses (in slices) while the leading worker finishes
 * the index, then the two are put together.
 */
async function buildInWorkers(
  listing: ArticleListing,
  lexicon: Lexicon,
  workers: number,
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<Build> {
  let read = 0;
  const build = await startBuildWorkers({
    folder: listing.folder,
    files: listing.files,
    lexicon,
    workers,
    ...(options.workerEntry ? { entry: options.workerEntry } : {}),
    onArticles: (count) => {
      read += count;
      options.onProgress?.({ articles: read, of: listing.files.length });
    },
  });
  try {
    const problems = problemsWith(build.problems);
    if (options.accept && !options.accept(problems, build.articles.map((a) => a.id))) return { data: null, problems, workers };
    options.onProgress?.({ articles: read, of: listing.files.length, phase: 'indexing' });
    const analysed = { articles: build.articles, analyses: build.analyses, lexicon };
    const facts = await runInSlices(corpusFactsSteps(analysed), options.sliceMs ?? DEFAULT_SLICE_MS);
    const index = withArticles(await build.index, build.articles);
    return { data: { ...facts, index }, problems, workers };
  } finally {
    await build.stop();
  }
}
