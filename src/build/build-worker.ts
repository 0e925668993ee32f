import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { FileProblem } from '../corpus/article';
import { articleTextBuffer } from '../corpus/article-text';
import { loadArticleFiles } from '../corpus/load-articles';
import { readArticlesSteps } from './read-articles';
import { runToEnd } from '../steps/run-steps';
import { compileLexicon } from '../lexicon/compile-lexicon';
import { createPassageIndexBuilder, shardBuffers, type PassageIndexShard } from '../search/passage-index';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-messages';
import { transferablesOf } from './transferables';

// Files per message: a few hundred kilobytes of text, which the main thread takes in a few milliseconds.
const BATCH = 100;

/** A build worker: reads, cleans, analyses and indexes its share of the archive (see BuildWorkerInput). */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('build-worker.ts runs as a worker thread only');
  const send = (message: BuildWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const input = workerData as BuildWorkerInput;
    const lexicon = compileLexicon(input.lexicon);
    const builder = createPassageIndexBuilder();
    const problems: FileProblem[] = [];
    // A batch at a time, sent as soon as it is read: the main thread takes each in while the rest is being read,
    // rather than all of them at the end.
    for (let i = 0; i < input.files.length; i += BATCH) {
      const loaded = await loadArticleFiles(input.folder, input.files.slice(i, i + BATCH));
      problems.push(...loaded.problems);
      const read = runToEnd(readArticlesSteps(loaded.articles, lexicon, builder));
      // Each article's text is one buffer (see ArticleText): handed over, not copied.
      send(
        { type: 'articles', ...read, keys: loaded.keys },
        read.articles.map((a) => articleTextBuffer(a.text)),
      );
    }
    send({ type: 'read', problems });

    if (input.leader) {
      const shard = builder.exportShard();
      input.leader.postMessage(shard, shardBuffers(shard));
      input.leader.close();
      return;
    }
    for (const follower of input.followers ?? []) {
      runToEnd(builder.absorbInSlices(await nextMessage<PassageIndexShard>(follower)));
      follower.close();
    }
    const index = runToEnd(builder.finishPartsInSlices());
    send({ type: 'index', index }, transferablesOf(index));
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

function nextMessage<T>(port: MessagePort): Promise<T> {
  return new Promise((resolve) => port.once('message', resolve));
}

// Not awaited at the top level: the worker runs as a bundled CommonJS script (see worker-script.ts).
void main();
