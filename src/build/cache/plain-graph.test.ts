import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../steps/run-steps';
import { decodeGraph, encodeGraphSteps } from './plain-graph';

/** A file's contents as decodeGraph reads them: front to back, in pieces. */
function fileOf(contents: Buffer) {
  let at = 0;
  const next = (length: number) => {
    const piece = contents.subarray(at, at + length);
    at += length;
    return piece;
  };
  return {
    length: contents.length,
    read: async (length: number) => Buffer.from(next(length)),
    readSync: (into: Uint8Array) => into.set(next(into.byteLength)),
  };
}

const keptAndRead = async (graph: unknown) => decodeGraph(fileOf(runToEnd(encodeGraphSteps(graph))));

describe('the graph the cache keeps the filed facts in', () => {
  it('reads back as it was written: shared objects still shared, odd keys still keys, in the same order', async () => {
    const figure = { value: 3, text: 'drei', unit: null, topics: ['troops'] };
    const labels = JSON.parse('{"__proto__": "Vorwand", "2": "zwei", "1": "eins", "de": "Truppen"}');
    const graph = {
      byTopic: new Map([['troops', [figure]]]),
      byWord: new Map([['soldaten', [figure]]]),
      labels,
      seen: new Set(['a']),
      layout: new Uint16Array([0, 7, 19]),
      share: -0.25,
    };
    const read = (await keptAndRead(graph)) as typeof graph;
    expect(read).toEqual(graph);
    expect(read.byTopic.get('troops')![0]).toBe(read.byWord.get('soldaten')![0]);
    expect(Object.getPrototypeOf(read.labels)).toBe(Object.prototype);
    expect(Object.keys(read.labels)).toEqual(['1', '2', '__proto__', 'de']);
    expect(Object.getOwnPropertyDescriptor(read.labels, '__proto__')?.value).toBe('Vorwand');
  });

  it('refuses a graph with a cycle rather than keep one it could not read back', () => {
    const topic: { figures: object[] } = { figures: [] };
    topic.figures.push({ topic });
    expect(() => runToEnd(encodeGraphSteps({ topic }))).toThrow(/cycle/);
  });
});
