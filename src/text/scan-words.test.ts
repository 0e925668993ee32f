import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { hashRange, WordRanges } from './scan-words';

const ranges = new WordRanges();

function words(text: string): string[] {
  const found: string[] = [];
  for (let i = 0, count = ranges.find(text); i < count; i++) found.push(text.slice(ranges.starts[i], ranges.ends[i]));
  return found;
}

describe('WordRanges', () => {
  it.each([
    'Bislang hat Pjöngjang die Truppenentsendung geheim gehalten.',
    'rund 11.000 Nordkorea-Soldaten in Kursk, laut US-Außenministerium.',
    '„Die Operationen zur Befreiung der Region Kursk“ seien siegreich – sagte Kim Jong-un.',
    "Kim's Truppen -- und --Soldaten- . .5 5. a-b-c a--b a'’b 1,5 Mrd. €",
    '@everyone **fett** `code` 🔥🔥 𝒜𝒷𝒸 ﬁnal e\u0301 Ελλάδα Москва 北京 ١٢٣',
    '.*+?^${}()|[]\\ ‐Bindestrich‐Wort‐',
    '',
  ])('splits %j exactly as tokenize does', (text) => {
    expect(words(text)).toEqual(tokenize(text).map((t) => t.original));
  });

  it('agrees with tokenize on random text of letters, digits and joiners', () => {
    const alphabet = ['a', 'Z', 'ö', 'ß', '1', '-', '.', "'", '’', '‐', ' ', ',', '🔥', '𝒜', '\u0301'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(words(text)).toEqual(tokenize(text).map((t) => t.original));
    }
  });
});

describe('WordRanges hashes', () => {
  it('gives each word the hash hashRange gives it, in texts of more words than its columns first hold', () => {
    const text = "rund 11.000 Nordkorea-Soldaten, Kim's 𝒜𝒷𝒸-Test Pjöngjang ‐x‐ a- ".repeat(20);
    const count = ranges.find(text);
    expect(count).toBe(words(text).length);
    for (let i = 0; i < count; i++) expect(ranges.hashes[i]).toBe(hashRange(text, ranges.starts[i]!, ranges.ends[i]!));
  });
});
