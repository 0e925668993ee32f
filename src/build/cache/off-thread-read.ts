import { Worker } from 'node:worker_threads';

/*
 * Reading a large cache file and checking its SHA-256 in a thread of its own: a start reads about 200 MB of kept
 * facts and index at 10,000 articles, and hashing them on the main thread kept it from keying the data folder's
 * files and decoding the facts meanwhile. Plain JavaScript, evaluated, so the thread needs no module loader.
 */
const READER = `
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
parentPort.on('message', ({ id, path, from }) => {
  try {
    const file = readFileSync(path);
    const digest = createHash('sha256').update(file.subarray(from)).digest();
    parentPort.postMessage({ id, file, digest }, [file.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.code ? error.code : error) });
  }
});
`;

/** A file's bytes and the SHA-256 of those from `from` on, or null when it cannot be read. */
export type OffThreadRead = { file: Buffer; digest: Uint8Array } | null;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (read: OffThreadRead) => void>();

/**
 * Reads a file and hashes it from `from` on in the reader thread (started on first use), in order of asking, one
 * at a time.
 */
export function readOffThread(path: string, from: number): Promise<OffThreadRead> {
  if (worker === null) {
    const started = new Worker(READER, { eval: true });
    started.on('message', (message: { id: number; file?: Uint8Array; digest?: Uint8Array }) => {
      const { id, file, digest } = message;
      waiting.get(id)?.(
        file && digest ? { file: Buffer.from(file.buffer, file.byteOffset, file.length), digest } : null,
      );
      waiting.delete(id);
      // Idle, the thread does not keep the process alive; while a read is awaited, it must.
      if (waiting.size === 0) started.unref();
    });
    // A reader that fails leaves its files to be read on the main thread (see readSealed).
    started.on('error', () => stop(started));
    started.on('exit', () => stop(started));
    worker = started;
  }
  const id = nextId++;
  const read = new Promise<OffThreadRead>((resolve) => waiting.set(id, resolve));
  worker.ref();
  worker.postMessage({ id, path, from });
  return read;
}

function stop(stopped: Worker): void {
  if (worker !== stopped) return;
  worker = null;
  for (const resolve of waiting.values()) resolve(null);
  waiting.clear();
}
