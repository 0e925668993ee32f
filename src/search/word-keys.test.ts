import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../text/fold';
import { tokenKeys, tokenize } from '../text/tokenize';
import { WordKeyCodes, wordKeys } from './word-keys';

const fullFold = (word: string) => tokenKeys(foldText(word));

const codes = new WordKeyCodes();
/** WordKeyCodes' keys of the word, read in place from a text around it, as strings. */
const keyCodes = (word: string): string[] => {
  const text = `(${word})`;
  const keys: string[] = [];
  for (let k = 0, count = codes.read(text, 1, word.length + 1); k < count; k++) {
    keys.push(String.fromCharCode(...codes.chars.subarray(codes.start(k), codes.start(k) + codes.length(k))));
  }
  return keys;
};

describe('wordKeys', () => {
  it.each([
    'Soldaten',
    'KCNA',
    'Pjöngjang',
    'Pjoengjang',
    'Außenministerium',
    'Quelle',
    'Truppe',
    'Israel',
    'Boeing',
    'Nordkorea-Soldaten',
    'US-Außenministerium',
    '11.000',
    '2024',
    'Kim',
    "Kim's",
    'İstanbul',
    'Ελλάδα',
    'ÄRZTE',
    'Fuß',
    'FUẞBALL',
    'aee',
    'oae',
    'äe',
    'Ãe',
    'ÜBEREIFER',
    'Poesie',
    'Zoë',
    'Côte',
    'éé',
    'ÿ',
    'Nordkorea-US-Soldaten',
    'z.B',
    "Kim's-Truppen",
    'Fuß-Ball',
    '2.500-Meter',
    'Rock’n’Roll',
    'Süd‐Korea',
  ])('gives %s the same keys as the full fold, as strings and as character codes', (word) => {
    expect(wordKeys(word)).toEqual(fullFold(word));
    expect(keyCodes(word)).toEqual(fullFold(word));
  });

  it('agrees with the full fold on every word of the bundled articles', () => {
    const folder = join(import.meta.dirname, '../../data/articles');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      for (const token of tokenize(readFileSync(join(folder, file), 'utf8'))) {
        expect(wordKeys(token.original)).toEqual(tokenKeys(token.key));
        expect(keyCodes(token.original)).toEqual(tokenKeys(token.key));
      }
    }
  });

  it('agrees with the full fold on random words of umlauts, vowels and e', () => {
    const alphabet = [..."aAeEoOuUäÄöÖüÜßẞàáâòóôùúûxİ-.'’1"];
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 5000; n++) {
      let word = '';
      const length = 1 + Math.floor(next() * 8);
      for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)];
      expect(wordKeys(word), word).toEqual(fullFold(word));
      expect(keyCodes(word), word).toEqual(fullFold(word));
    }
  });
});
