import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../corpus/load-articles';
import { buildPassageIndex } from './passage-index';
import { createStringTable, internRange, stringAt, type StringPool } from './string-table';
import { buildTrigramIndex, forEachTrigram, type TrigramIndex } from './trigram-index';

function build(terms: StringPool): TrigramIndex {
  const steps = buildTrigramIndex(terms, 7);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

// The postings as the first version built them: each term's distinct trigrams via forEachTrigram, terms taken
// by key length (capped at 255), then id.
function reference(terms: StringPool): { start: number[]; termIds: number[] } {
  const keys = Array.from({ length: terms.size }, (_, t) => stringAt(terms, t));
  const capped = (t: number) => Math.min(255, keys[t]!.length);
  const order = keys.map((_, t) => t).sort((a, b) => capped(a) - capped(b) || a - b);
  const lists = new Map<number, number[]>();
  for (const t of order) {
    const key = keys[t]!;
    forEachTrigram(
      (i) => key.charCodeAt(i),
      key.length,
      (g) => {
        const list = lists.get(g);
        if (list) list.push(t);
        else lists.set(g, [t]);
      },
    );
  }
  const start = [0];
  const termIds: number[] = [];
  for (let g = 0; g < 1 << 18; g++) {
    termIds.push(...(lists.get(g) ?? []));
    start.push(termIds.length);
  }
  return { start, termIds };
}

function expectSameAsReference(terms: StringPool): void {
  const built = build(terms);
  const expected = reference(terms);
  expect(Array.from(built.termIds)).toEqual(expected.termIds);
  expect(Array.from(built.start)).toEqual(expected.start);
}

describe('buildTrigramIndex', () => {
  it('gives the reference postings for the vocabulary of the bundled articles', async () => {
    const { articles } = await loadArticles(join(import.meta.dirname, '../../data'));
    const index = buildPassageIndex(articles);
    expect(index.terms.size).toBeGreaterThan(500);
    expectSameAsReference(index.terms);
  });

  it('gives the reference postings for random words, repeated letters, empty and very long ones', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'aaabbeßüé0-9.’xyz';
    const table = createStringTable(16);
    const words = ['', 'a', 'aaaa', 'abababab', 'x'.repeat(300)];
    for (let i = 0; i < 2000; i++) {
      let word = '';
      for (let n = random(12); n > 0; n--) word += alphabet[random(alphabet.length)];
      words.push(word);
    }
    for (const word of words) internRange(table, word, 0, word.length);
    expectSameAsReference(table);
  });
});
