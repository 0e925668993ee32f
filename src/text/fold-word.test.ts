import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { tokenize } from './tokenize';
import { foldWord, foldWordInto } from './fold-word';

const ARTICLES = join(import.meta.dirname, '../../data/articles');

/** foldWordInto's key as a string, written after some codes already there; null when it leaves the word to foldWord. */
function intoCodes(text: string, start: number, end: number): string | null {
  const out = new Uint16Array(3 + 2 * (end - start));
  const length = foldWordInto(text, start, end, out, 3);
  return length < 0 ? null : String.fromCharCode(...out.subarray(3, 3 + length));
}

describe('foldWord folds exactly as foldText', () => {
  it.each([
    'Pjöngjang',
    'Pjoengjang',
    'Außenministerium',
    'SÜDKOREA',
    'Grüße',
    'Quelle',
    'aee',
    'oee',
    'uee',
    'äe',
    'Äe',
    'aoe',
    'uae',
    'oaee',
    'NEUE',
    'AE',
    'uE',
    'Gerassimow',
    'Nordkorea-Soldaten',
    '11.000',
    "Kim's",
    'İstanbul',
    'Ελλάδα',
    'Москва',
    'ﬁnal',
  ])('%s', (word) => {
    expect(foldWord(word, 0, word.length)).toBe(foldText(word));
    expect(intoCodes(word, 0, word.length) ?? foldWord(word, 0, word.length)).toBe(foldText(word));
  });

  it('agrees on random words of German letters, umlauts, ß and joiners, in any case', () => {
    // Capital E after a vowel ("NEUE", "AE") once slipped through the fast path unfolded.
    const alphabet = [
      'a',
      'e',
      'o',
      'u',
      'A',
      'E',
      'O',
      'U',
      'ä',
      'ö',
      'ü',
      'Ä',
      'Ö',
      'Ü',
      'ß',
      'ẞ',
      'n',
      'Z',
      '-',
      '.',
    ];
    let state = 7;
    for (let n = 0; n < 50000; n++) {
      let word = '';
      for (let i = 0; i < 1 + (n % 9); i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        word += alphabet[(state >>> 8) % alphabet.length];
      }
      expect(foldWord(`(${word})`, 1, word.length + 1)).toBe(foldText(word));
      expect(intoCodes(`(${word})`, 1, word.length + 1) ?? foldWord(word, 0, word.length)).toBe(foldText(word));
    }
  });

  it('agrees on every word of the bundled articles, read in place', () => {
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(ARTICLES, file), 'utf8');
      for (const token of tokenize(text)) {
        expect(foldWord(text, token.start, token.end)).toBe(token.key);
        expect(intoCodes(text, token.start, token.end)).toBe(token.key);
      }
    }
  });
});
