import { foldWord } from '../text/fold-word';
import { tokenKeys } from '../text/tokenize';

/**
 * The index keys of one word as written: exactly `tokenKeys(foldText(word))` (src/text), with the fold done in one
 * pass over the characters (see foldWord) rather than foldText's chain of replacements: indexing folds every
 * distinct spelling of the archive. word-keys.test.ts checks both agree on real and on random text.
 */
export function wordKeys(word: string): string[] {
  const key = foldWord(word, 0, word.length);
  return hasSeparator(key) ? tokenKeys(key) : [key];
}

function hasSeparator(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2e || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}
