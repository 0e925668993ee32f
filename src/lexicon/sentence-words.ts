import { forEachWord } from '../search/scan-words';
import { foldWord } from './fold-word';
import { inflectionKey } from './match-key';

/**
 * A word of a sentence with both keys the lexicon matches by. Like tokenize's Token but without the word as
 * written, which few words are ever asked for: `text.slice(word.start, word.end)` gives it.
 */
export interface Word {
  /** Folded key (see foldText). */
  key: string;
  /** Inflection key (see inflectionKey): what source aliases are matched by. */
  stem: string;
  start: number;
  end: number;
}

/** The words of a sentence exactly as `tokenize` splits and folds them, plus their inflection keys. */
export function sentenceWords(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, (start, end) => {
    const key = foldWord(text, start, end);
    words.push({ key, stem: inflectionKey(key), start, end });
  });
  return words;
}
