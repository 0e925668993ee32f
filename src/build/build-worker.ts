import { parentPort, workerData } from 'node:worker_threads';
import { loadArticleFiles } from '../corpus/load-articles';
import { buildCorpusShard } from '../engine/build-corpus-data';
import { compileLexicon } from '../lexicon/compile-lexicon';
import { shardBuffers } from '../search/passage-index';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-messages';
import { toWire } from './wire-article';

// Articles per message: a few hundred kilobytes of text, which the main thread takes in a few milliseconds.
const BATCH = 100;

/** A build worker: reads, cleans and analyses its share of the archive and indexes it as a shard. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('build-worker.ts runs as a worker thread only');
  const send = (message: BuildWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const input = workerData as BuildWorkerInput;
    const loaded = await loadArticleFiles(input.folder, input.files);
    const shard = buildCorpusShard(loaded.articles, compileLexicon(input.lexicon));
    for (let i = 0; i < shard.articles.length; i += BATCH) {
      send({
        type: 'articles',
        articles: shard.articles.slice(i, i + BATCH).map(toWire),
        analyses: shard.analyses.slice(i, i + BATCH),
      });
    }
    send({ type: 'done', index: shard.index, problems: loaded.problems }, shardBuffers(shard.index));
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

await main();
