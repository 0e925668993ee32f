import { WordRanges } from './scan-words';
import { foldedKey } from './fold-cache';

/**
 * A word of a sentence with its folded key. Like tokenize's Token but without the word as written, which few words
 * are ever asked for: `text.slice(word.start, word.end)` gives it.
 */
export interface Word {
  /** Folded key (see foldText). */
  key: string;
  start: number;
  end: number;
}

/** The words of a sentence exactly as `tokenize` splits and folds them. */
export function sentenceWords(text: string): Word[] {
  const words: Word[] = [];
  const count = ranges.find(text);
  // Read after find, which replaces the columns when a text has more words than they hold.
  const { starts, ends, hashes } = ranges;
  for (let i = 0; i < count; i++) {
    words.push({ key: foldedKey(text, starts[i]!, ends[i]!, hashes[i]!), start: starts[i]!, end: ends[i]! });
  }
  return words;
}

const ranges = new WordRanges();
