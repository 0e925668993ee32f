import { Worker } from 'node:worker_threads';

// A fixed integer loop (~0.3 s on one core here): the same work on the main thread and, at the same time, in a worker.
const ITERATIONS = 150_000_000;
const SPIN = `(n) => { let h = 0; for (let i = 0; i < n; i++) h = (h * 31 + i) | 0; return h; }`;

/**
 * How much work two threads get done together compared with one alone, right now (2.0: two full cores).
 * The build shares its work out over worker threads, and on a virtual machine two "cores" are not always two
 * cores' worth: this says how far the build's wall time could have shrunk when it was measured.
 */
export async function parallelThroughput(): Promise<number> {
  const spin = new Function(`return ${SPIN}`)() as (n: number) => number;
  spin(ITERATIONS / 10);
  const aloneStarted = performance.now();
  spin(ITERATIONS);
  const alone = performance.now() - aloneStarted;

  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const spin = ${SPIN};
     spin(${ITERATIONS / 10});
     parentPort.once('message', () => { spin(${ITERATIONS}); parentPort.postMessage('done'); });
     parentPort.postMessage('ready');`,
    { eval: true },
  );
  await new Promise((resolve) => worker.once('message', resolve));
  const bothStarted = performance.now();
  const workerDone = new Promise((resolve) => worker.once('message', resolve));
  worker.postMessage('go');
  spin(ITERATIONS);
  await workerDone;
  const both = performance.now() - bothStarted;
  await worker.terminate();
  return Math.round(((2 * alone) / both) * 100) / 100;
}
