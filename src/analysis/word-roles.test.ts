import { beforeAll, describe, expect, it } from 'vitest';
import { mayStartSourceName } from '../lexicon/match-sources';
import { WordScan } from '../text/word-scan';
import { CUE_WORDS } from './attribution-cues';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';
import { readGermanNumbers } from './german-numbers';
import { surveySentence } from './may-attribute';
import { isInstitutionNoun, isRoleNoun } from './speaker-words';
import { CUE, INSTITUTION_NOUN, NAME, NUMBER_WORD, ROLE_NOUN, mayHoldNumberWord, roleOf } from './word-roles';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

function bundledSentences(): string[] {
  return ['000', '001', '002', '003', '004'].flatMap((prefix) =>
    corpus.article(prefix).paragraphs.flatMap((p) => p.sentences),
  );
}

/** A sentence the survey finds no number word in must read the same without looking for one. */
function expectNumbersAgree(sentence: string): void {
  const survey = surveySentence(sentence, corpus.lexicon);
  if (!survey.mayStateNumberWord) expect(readGermanNumbers(sentence, false)).toEqual(readGermanNumbers(sentence));
}

describe('mayHoldNumberWord', () => {
  it('never passes over a number word the number reader takes', () => {
    const sentences = [
      'zwölf Raketen',
      'Zwoelf Raketen',
      'Fuenf Panzer',
      'fünf Panzer',
      'funf Panzer',
      'einundzwanzig Tote',
      'eine Million Granaten',
      'ein Dutzend Drohnen',
      'zwei Dutzend Panzer',
      'anderthalb Millionen',
      'Dreitausend Mann',
      'x.zwei Soldaten',
      "d'drei Soldaten",
      'a’vier Soldaten',
      'a‐fünf Soldaten',
      '𝐀zwei Soldaten',
      'éacht Panzer',
      'Er sagte: „Zweihunderttausend Schuss“.',
      'ZWEI Panzer',
      'Nordkorea-zwei Panzer',
      'Süd-Elf',
      'Außer Acht',
    ];
    for (const sentence of [...sentences, ...bundledSentences()]) expectNumbersAgree(sentence);
    expect(readGermanNumbers('𝐀zwei Soldaten')).not.toEqual([]);
    expect(surveySentence('𝐀zwei Soldaten', corpus.lexicon).mayStateNumberWord).toBe(true);
  });

  it('is false for words that start no number word', () => {
    for (const key of ['soldaten', 'panzer', 'nordkorea', 'selenskyj', 'a-zwei', 'szwei', '2zwei']) {
      expect(mayHoldNumberWord(key)).toBe(false);
    }
    for (const key of ['zwei', 'funfzig', 'x.drei', "o'neun", 'millionen', 'einsatz']) {
      expect(mayHoldNumberWord(key)).toBe(true);
    }
  });
});

describe('roleOf', () => {
  it('gives each word the roles its key has, remembered or not', () => {
    const scan = new WordScan();
    // Twice over: the second pass answers frequent words from what it remembered.
    for (let pass = 0; pass < 2; pass++) {
      for (const sentence of bundledSentences()) {
        scan.read(sentence);
        for (let i = 0; i < scan.count; i++) {
          const key = scan.keys[i]!;
          const expected =
            (CUE_WORDS.has(key) ? CUE : 0) |
            (mayStartSourceName(key, corpus.lexicon) ? NAME : 0) |
            (mayHoldNumberWord(key) ? NUMBER_WORD : 0) |
            (isRoleNoun(key) ? ROLE_NOUN : 0) |
            (isInstitutionNoun(key) ? INSTITUTION_NOUN : 0);
          expect(roleOf(key, scan.spellings[i]!, corpus.lexicon)).toBe(expected);
        }
      }
    }
  });
});
