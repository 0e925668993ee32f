import { Writable } from 'node:stream';

/** A pino destination that keeps the JSON lines, so tests can assert what was (and was not) logged. */
export function captureLogs(): { stream: Writable; lines: () => Array<Record<string, any>>; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, any>);
  return { stream, lines, text };
}
