import { describe, expect, it } from 'vitest';
import { sentenceWords } from './sentence-words';
import { columnsOf, wordsOf } from './word-columns';
import { WordScan } from './word-scan';

const TEXTS = [
  'Laut Südkoreas Geheimdienst hat Nordkorea rund 11.000 Soldaten entsandt.',
  '„Wir sind besorgt“, sagte ein Sprecher des Außenministeriums (AFP, dpa).',
  '',
];

describe('WordColumns', () => {
  it('hold the words sentenceWords gives, as objects or as a scan', () => {
    const scan = new WordScan();
    for (const text of TEXTS) {
      const words = sentenceWords(text);
      expect(wordsOf(columnsOf(words))).toEqual(words);
      expect(wordsOf(scan.read(text))).toEqual(words);
    }
  });

  it('of a scan end at its count, whatever a longer text left behind', () => {
    const scan = new WordScan();
    scan.read(TEXTS[1]!);
    scan.read('Nur zwei');
    expect(wordsOf(scan)).toEqual(sentenceWords('Nur zwei'));
  });
});
