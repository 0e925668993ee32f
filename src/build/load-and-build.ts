import { availableParallelism } from 'node:os';
import type { FileProblem } from '../corpus/article';
import { listArticleFiles, loadArticleFiles, sortProblems } from '../corpus/load-articles';
import { buildCorpusDataAsync, type CorpusInput } from '../engine/build-corpus-data';
import type { CorpusData } from '../engine/corpus-data';
import { loadLexicon } from '../lexicon/load-lexicon';
import { runBuildWorkers } from './run-build-workers';
import { buildWorkerCount } from './worker-plan';

export interface LoadAndBuildOptions {
  /**
   * Main-thread work per slice before the event loop gets a turn (see buildCorpusDataAsync). Infinity builds in
   * one go, for start-up, where nothing else waits on the event loop.
   */
  sliceMs?: number;
  /** Worker threads to read and analyse with; 'auto' (the default) decides by archive size and cores. */
  workers?: number | 'auto';
  /** Whether to build at all given the problems found (a reload under keep-old refuses any). Default: build. */
  accept?: (problems: readonly FileProblem[]) => boolean;
  /** Told when the worker threads failed and the build was redone on the calling thread. */
  onWorkerFailure?: (error: Error) => void;
  /** The worker script (see runBuildWorkers); the default is this program's own. */
  workerEntry?: URL;
}

export interface LoadedAndBuilt {
  /** Null when there is no usable lexicon, or `accept` refused the problems. */
  data: CorpusData | null;
  /** Lexicon problems first, then file problems in file order. */
  problems: FileProblem[];
  /** Worker threads the articles were read and analysed in; 0 when on the calling thread. */
  workers: number;
}

/**
 * Loads a data folder and builds the corpus data over everything valid in it. At archive size the per-article
 * work (reading, cleaning, analysis, index reading: nearly all of it) runs in worker threads, one contiguous run
 * of files each, and the main thread puts the shards together in slices; the result is the same, id for id, as a
 * build on one thread (build-in-workers.test.ts checks it).
 */
export async function loadAndBuildCorpus(dataDir: string, options: LoadAndBuildOptions = {}): Promise<LoadedAndBuilt> {
  const [listing, lexicon] = await Promise.all([listArticleFiles(dataDir), loadLexicon(dataDir)]);
  const problemsWith = (fileProblems: FileProblem[]) => [
    ...lexicon.problems,
    ...sortProblems([...listing.problems, ...fileProblems]),
  ];
  if (!lexicon.lexicon) return { data: null, problems: problemsWith([]), workers: 0 };

  const workers =
    options.workers === undefined || options.workers === 'auto'
      ? buildWorkerCount(listing.files.length, availableParallelism())
      : options.workers;
  let input: CorpusInput | null = null;
  let problems: FileProblem[] = [];
  let usedWorkers = 0;
  if (workers > 0) {
    try {
      const built = await runBuildWorkers({
        folder: listing.folder,
        files: listing.files,
        lexicon: lexicon.lexicon,
        workers,
        entry: options.workerEntry,
      });
      input = { shards: built.shards, lexicon: lexicon.lexicon };
      problems = problemsWith(built.problems);
      usedWorkers = built.shards.length;
    } catch (error) {
      // A worker that cannot start or dies must not cost the desk its corpus: the same build, on this thread.
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
  if (!input) {
    const loaded = await loadArticleFiles(listing.folder, listing.files);
    input = { articles: loaded.articles, lexicon: lexicon.lexicon };
    problems = problemsWith(loaded.problems);
  }
  if (options.accept && !options.accept(problems)) return { data: null, problems, workers: usedWorkers };
  return { data: await buildCorpusDataAsync(input, options.sliceMs), problems, workers: usedWorkers };
}
