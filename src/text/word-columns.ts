import type { Word } from './sentence-words';

/**
 * The words of one text as columns rather than objects: word i has the folded key keys[i] and spans
 * text.slice(starts[i], ends[i]). Entries from `count` on mean nothing (a WordScan keeps them from longer texts).
 * Source matching and the attribution reading take words in this form, so a sentence read by a WordScan is
 * worked on in place rather than as a Word object per word, which was a large share of what the analysis
 * allocated.
 */
export interface WordColumns {
  readonly count: number;
  readonly keys: readonly string[];
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/** Columns for words already held as objects (as sentenceWords gives them). */
export function columnsOf(words: readonly Word[]): WordColumns {
  return {
    count: words.length,
    keys: words.map((w) => w.key),
    starts: words.map((w) => w.start),
    ends: words.map((w) => w.end),
  };
}

/** The words of `columns` as objects, as sentenceWords gives them. */
export function wordsOf(columns: WordColumns): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < columns.count; i++) {
    words.push({ key: columns.keys[i]!, start: columns.starts[i]!, end: columns.ends[i]! });
  }
  return words;
}
