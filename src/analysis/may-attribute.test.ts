import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceWords } from '../lexicon/sentence-words';
import { columnsOf, wordsOf } from '../lexicon/word-columns';
import { attributeSentence, readSources } from './attribute-sentence';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';
import { wordsIfCiting } from './may-attribute';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

/** The check must never pass over a sentence from which the full reading gets anything. */
function expectAgreement(sentence: string): void {
  const columns = wordsIfCiting(sentence, corpus.lexicon);
  const words = columns === null ? null : wordsOf(columns);
  const full = readSources(sentence, columnsOf(sentenceWords(sentence)), corpus.lexicon);
  if (words === null) expect(full).toEqual({ attributions: [], anonymous: false });
  else expect(words).toEqual(sentenceWords(sentence));
  // attributeSentence reads the scanner's columns in place, with whatever longer sentences left past their end.
  expect(attributeSentence(sentence, corpus.lexicon)).toEqual(full);
}

describe('wordsIfCiting', () => {
  it.each([
    // Unnamed reports, no source named: only the origin cue lets these through.
    'Berichten zufolge sind es 3000 Soldaten.',
    'Medienberichten zufolge wurden Einheiten verlegt.',
    'Nach Angaben von Militärkreisen wurden Einheiten verlegt.',
    'Laut Berichten sind es mehr.',
    'Gemäß Berichten der Armee sind es mehr.',
    'Hieß es aus informierten Kreisen.',
    // Credit lines and credits, with and without a cue word.
    '(AFP, dpa, Reuters)',
    'Mit Material von dpa und AFP',
    'Der Bericht (dpa) erschien gestern.',
    // Verbs and "so" need a name.
    '„Wir sind besorgt“, so Selenskyj.',
    '„Wir sind besorgt“, so ein Sprecher.',
    'Das US-Pentagon schätzt, dass etwa 10.000 Soldaten entsandt wurden.',
    'Er erklärte, die Lage sei ernst.',
    'BERICHTETE DIE NACHRICHTENAGENTUR YONHAP.',
    'Nordkoreas staatliche Nachrichtenagentur KCNA meldete den Start.',
    // Cues in other spellings: folded, they are cues all the same.
    'Gemaess Seoul sind es 3000.',
    'Laut SEOUL sind es 3000.',
    'Die Truppen marschierten nach Süden.',
    'Nichts davon stimmt.',
    '',
  ])('agrees with the full reading: %s', (sentence) => {
    expectAgreement(sentence);
  });

  it('passes over a sentence with a cue word but no name and no origin cue', () => {
    expect(wordsIfCiting('Er sagte nichts dazu.', corpus.lexicon)).toBeNull();
  });

  it('agrees with the full reading on every sentence of the bundled articles', () => {
    let kept = 0;
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const paragraph of corpus.article(prefix).paragraphs) {
        for (const sentence of paragraph.sentences) {
          expectAgreement(sentence);
          if (wordsIfCiting(sentence, corpus.lexicon) !== null) kept++;
        }
      }
    }
    expect(kept).toBeGreaterThan(0);
  });
});
