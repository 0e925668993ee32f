import { foldText } from '../text/fold';
import { tokenKeys } from '../text/tokenize';

// Lower-case ASCII letters and digits with no "ae", "oe" or "ue": foldText would change nothing and tokenKeys
// would not split, so the key is the word lower-cased.
const PLAIN = /^[a-z0-9]*$/;
const UMLAUT_SPELLING = /[aou]e/;

/**
 * The index keys of one word as written: `tokenKeys(foldText(word))`, with a shortcut for the plain words that
 * make up most of the vocabulary. Indexing folds every distinct spelling of the archive (hundreds of thousands),
 * and foldText's chain of replacements was the largest single cost of building the index.
 * word-keys.test.ts checks the shortcut agrees with the full fold.
 */
export function wordKeys(word: string): string[] {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower) && !UMLAUT_SPELLING.test(lower)) return [lower];
  return tokenKeys(foldText(word));
}
