import { MessageChannel, Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis/analyze-article';
import { createAnalysisSharer, createStringSharer } from '../analysis/share-analysis-strings';
import type { FileProblem } from '../corpus/article';
import type { StoredArticle } from '../corpus/stored-article';
import type { ArticleFiles } from '../corpus/load-articles';
import type { Lexicon } from '../lexicon/schema';
import type { PassageIndexParts } from '../search/passage-index';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-messages';
import { contiguousParts } from './worker-plan';
import { buildWorkerScript } from './worker-script';

export interface WorkerBuild {
  /** Every article read, as stored, in file order, with its analysis at the same position. */
  articles: StoredArticle[];
  analyses: ArticleAnalysis[];
  /** Per article, the key of the bytes it was read from (see articleFilesKey). */
  keys: string[];
  problems: FileProblem[];
  /** The index over all articles, still being put together by the leading worker; rejects if any worker fails. */
  index: Promise<PassageIndexParts>;
  /** Stops every worker still running. Call it when done with the build, whatever its outcome. */
  stop(): Promise<void>;
}

/**
 * Reads, analyses and indexes the listed files in `workers` threads, each taking a contiguous run of them.
 * Resolves once every article has arrived, while the first worker still puts the index shards together, so the
 * caller can file the analyses meanwhile. Rejects if any worker fails before that.
 */
export async function startBuildWorkers(options: {
  folder: string;
  files: readonly ArticleFiles[];
  lexicon: Lexicon;
  workers: number;
  /** The worker script; the default is this program's own (see buildWorkerScript). */
  entry?: URL;
  /** Told how many articles each batch that arrives holds. */
  onArticles?: (count: number) => void;
}): Promise<WorkerBuild> {
  const script = options.entry ?? (await buildWorkerScript());
  const parts = contiguousParts(options.files, options.workers);
  const channels = parts.slice(1).map(() => new MessageChannel());
  const share = createStringSharer();
  const shareStrings = createAnalysisSharer(share);
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Raced against below; a failure after the build was taken (a worker stopped early) is nobody's concern.
  failed.catch(() => {});
  let resolveIndex: (index: PassageIndexParts) => void = () => {};
  const index = Promise.race([new Promise<PassageIndexParts>((resolve) => (resolveIndex = resolve)), failed]);
  // Awaited by the caller later; until then a failure must not count as an unhandled rejection.
  index.catch(() => {});

  const workers = parts.map((files, k) => {
    const leading = k === 0;
    const ports = leading ? channels.map((c) => c.port1) : [channels[k - 1]!.port2];
    const input: BuildWorkerInput = {
      folder: options.folder,
      files,
      lexicon: options.lexicon,
      ...(leading ? { followers: ports } : { leader: ports[0]! }),
    };
    return new Worker(script, { eval: typeof script === 'string', workerData: input, transferList: ports });
  });
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };

  const shares = workers.map((worker, k) => {
    const articles: StoredArticle[] = [];
    const analyses: ArticleAnalysis[] = [];
    const keys: string[] = [];
    let finished = false;
    const read = new Promise<FileProblem[]>((resolve) => {
      worker.on('message', (message: BuildWorkerMessage) => {
        switch (message.type) {
          case 'articles':
            message.articles.forEach((article, i) => {
              article.language = share(article.language);
              if (article.outlet !== null) article.outlet = share(article.outlet);
              const analysis = message.analyses[i]!;
              shareStrings(article.id, analysis);
              articles.push(article);
              analyses.push(analysis);
            });
            keys.push(...message.keys);
            options.onArticles?.(message.articles.length);
            return;
          case 'read':
            // A follower's work is done once its articles are in (its shard went to the leading worker).
            finished = k > 0;
            resolve(message.problems);
            return;
          case 'index':
            finished = true;
            resolveIndex(message.index);
            return;
          case 'failed':
            fail(new Error(`build worker failed: ${message.message}`));
            return;
        }
      });
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (!finished) fail(new Error(`build worker exited (code ${code}) before finishing`));
    });
    return { articles, analyses, keys, read };
  });

  try {
    const problems = await Promise.race([Promise.all(shares.map((s) => s.read)), failed]);
    return {
      articles: shares.flatMap((s) => s.articles),
      analyses: shares.flatMap((s) => s.analyses),
      keys: shares.flatMap((s) => s.keys),
      problems: problems.flat(),
      index,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
