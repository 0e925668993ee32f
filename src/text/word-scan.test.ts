import { describe, expect, it } from 'vitest';
import { sentenceWords } from './sentence-words';
import { WordScan } from './word-scan';

describe('WordScan', () => {
  it('reads the words sentenceWords finds, with the same keys and offsets', () => {
    const scan = new WordScan();
    for (const text of [
      'Laut Südkoreas Geheimdienst hat Nordkorea rund 11.000 Soldaten entsandt.',
      '„Wir sind besorgt“, sagte ein Sprecher des Außenministeriums (AFP, dpa).',
      "Kim's Nordkorea-Soldaten — Pjöngjang, Ελλάδα, Москва.",
      '',
      '… – !',
    ]) {
      scan.read(text);
      expect(scan.words()).toEqual(sentenceWords(text));
      expect(scan.keys.slice(0, scan.count)).toEqual(sentenceWords(text).map((w) => w.key));
    }
  });

  it('forgets a longer text when it reads a shorter one, and grows for long ones', () => {
    const scan = new WordScan();
    const long = Array.from({ length: 300 }, (_, i) => `Wort${i}`).join(' ');
    expect(scan.read(long).words()).toEqual(sentenceWords(long));
    expect(scan.read('Nur zwei').words()).toEqual(sentenceWords('Nur zwei'));
    expect(scan.count).toBe(2);
  });
});
