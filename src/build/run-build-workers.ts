import { Worker } from 'node:worker_threads';
import type { FileProblem } from '../corpus/article';
import type { ArticleFiles } from '../corpus/load-articles';
import type { CorpusShard } from '../engine/build-corpus-data';
import type { Lexicon } from '../lexicon/schema';
import type { ArticleAnalysis } from '../analysis/analyze-article';
import type { Article } from '../corpus/article';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-messages';
import { contiguousParts } from './worker-plan';
import { createStringSharer, shareAnalysisStrings } from './shared-strings';
import { fromWire } from './wire-article';

export const BUILD_WORKER_ENTRY = new URL('./build-worker-entry.mjs', import.meta.url);

export interface WorkerShards {
  /** In the order of the files: shard i holds the articles of the i-th run of files. */
  shards: CorpusShard[];
  problems: FileProblem[];
}

/**
 * Reads, analyses and indexes the listed files in `workers` threads, each taking a contiguous run of them, so the
 * shards come back in file order. Rejects if any worker fails; the others are stopped then.
 */
export async function runBuildWorkers(options: {
  folder: string;
  files: readonly ArticleFiles[];
  lexicon: Lexicon;
  workers: number;
  /** The worker script; the default is this program's own. */
  entry?: URL;
}): Promise<WorkerShards> {
  const parts = contiguousParts(options.files, options.workers);
  const running: Worker[] = [];
  const share = createStringSharer();
  const results = parts.map((files) => {
    const input: BuildWorkerInput = { folder: options.folder, files, lexicon: options.lexicon };
    const worker = new Worker(options.entry ?? BUILD_WORKER_ENTRY, { workerData: input });
    running.push(worker);
    return collectShard(worker, share);
  });
  try {
    const done = await Promise.all(results);
    return { shards: done.map((d) => d.shard), problems: done.flatMap((d) => d.problems) };
  } finally {
    await Promise.all(running.map((worker) => worker.terminate()));
  }
}

function collectShard(worker: Worker, share: (value: string) => string): Promise<{ shard: CorpusShard; problems: FileProblem[] }> {
  const articles: Article[] = [];
  const analyses: ArticleAnalysis[] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    worker.on('message', (message: BuildWorkerMessage) => {
      switch (message.type) {
        case 'articles':
          // Sliced back into sentences as each batch arrives, so the work is spread over the build.
          message.articles.forEach((wire, i) => {
            const article = fromWire(wire);
            article.language = share(article.language);
            if (article.outlet !== null) article.outlet = share(article.outlet);
            const analysis = message.analyses[i]!;
            shareAnalysisStrings(article.id, analysis, share);
            articles.push(article);
            analyses.push(analysis);
          });
          return;
        case 'done':
          settled = true;
          resolve({ shard: { articles, analyses, index: message.index }, problems: message.problems });
          return;
        case 'failed':
          fail(new Error(`build worker failed: ${message.message}`));
          return;
      }
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`build worker exited (code ${code}) before finishing`)));
  });
}
