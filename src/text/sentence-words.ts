import { forEachWord } from './scan-words';
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
  forEachWord(text, (start, end, hash) => {
    words.push({ key: foldedKey(text, start, end, hash), start, end });
  });
  return words;
}
