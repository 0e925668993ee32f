import { forEachWord } from '../search/scan-words';
import { foldText } from '../text/fold';
import type { Token } from '../text/tokenize';
import { inflectionKey } from './match-key';

/** A word of a sentence with both keys the lexicon matches by. */
export interface Word extends Token {
  /** Inflection key (see inflectionKey): what source aliases are matched by. */
  stem: string;
}

// The archive has far fewer distinct spellings than words; folding each spelling once instead of every occurrence
// is what keeps a 10,000-article analysis within its time budget. Bounded so a pathological archive cannot grow it
// without limit; refilling after a clear costs one fold per spelling.
const MAX_CACHED_SPELLINGS = 200_000;
const keysBySpelling = new Map<string, { key: string; stem: string }>();

function keysOf(original: string): { key: string; stem: string } {
  let keys = keysBySpelling.get(original);
  if (!keys) {
    const key = foldText(original);
    keys = { key, stem: inflectionKey(key) };
    if (keysBySpelling.size >= MAX_CACHED_SPELLINGS) keysBySpelling.clear();
    keysBySpelling.set(original, keys);
  }
  return keys;
}

/** The words of a sentence exactly as `tokenize` splits and folds them, plus their inflection keys. */
export function sentenceWords(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, (start, end) => {
    const original = text.slice(start, end);
    const { key, stem } = keysOf(original);
    words.push({ key, stem, original, start, end });
  });
  return words;
}
