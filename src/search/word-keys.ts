import { foldWord, foldWordInto } from '../text/fold-word';
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
  for (let i = 0; i < key.length; i++) if (isSeparator(key.charCodeAt(i))) return true;
  return false;
}

function isSeparator(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2e || c === 0x27 || c === 0x2019;
}

/**
 * wordKeys of a word of a text, as character codes rather than strings, reused from word to word: the index reads
 * each distinct spelling of the archive once, and a slice, a folded copy and a key array per spelling were most of
 * that cost. Key k (of the count `read` returns) is chars[start(k) .. start(k) + length(k)), in wordKeys' order.
 */
export class WordKeyCodes {
  chars = new Uint16Array(256);
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];

  /** Reads the keys of text[start, end) (a word as WordRanges finds it); returns how many there are. */
  read(text: string, start: number, end: number): number {
    // The key, then its parts joined, each at most twice the word's length (ß → ss).
    if (this.chars.length < 4 * (end - start)) this.chars = new Uint16Array(8 * (end - start));
    const length = foldWordInto(text, start, end, this.chars, 0);
    if (length < 0) return this.fromStrings(wordKeys(text.slice(start, end)));
    return this.split(length);
  }

  start(key: number): number {
    return this.starts[key]!;
  }

  length(key: number): number {
    return this.lengths[key]!;
  }

  /** tokenKeys of the folded key in chars[0, length). */
  private split(length: number): number {
    const chars = this.chars;
    let separators = 0;
    let numeric = true;
    for (let i = 0; i < length; i++) {
      const c = chars[i]!;
      if (isSeparator(c)) separators++;
      if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c)) numeric = false;
    }
    this.starts.length = 0;
    this.lengths.length = 0;
    if (separators === 0 || numeric) return this.key(0, length);
    // The parts, and after the key their concatenation, which comes first among the keys.
    const joined = length;
    let joinedLength = 0;
    for (let i = 0; i < length; ) {
      let j = i;
      while (j < length && !isSeparator(chars[j]!)) j++;
      if (j > i) {
        this.key(i, j - i);
        chars.copyWithin(joined + joinedLength, i, j);
        joinedLength += j - i;
      }
      i = j + 1;
    }
    const parts = this.starts.length;
    if (parts <= 1) {
      if (parts === 0) this.key(0, length);
      return 1;
    }
    this.starts.unshift(joined);
    this.lengths.unshift(joinedLength);
    return parts + 1;
  }

  private key(start: number, length: number): number {
    this.starts.push(start);
    this.lengths.push(length);
    return this.starts.length;
  }

  private fromStrings(keys: readonly string[]): number {
    const needed = keys.reduce((n, key) => n + key.length, 0);
    if (this.chars.length < needed) this.chars = new Uint16Array(2 * needed);
    this.starts.length = 0;
    this.lengths.length = 0;
    let at = 0;
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) this.chars[at + i] = key.charCodeAt(i);
      this.key(at, key.length);
      at += key.length;
    }
    return keys.length;
  }
}
