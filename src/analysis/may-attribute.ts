import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import type { WordColumns } from '../lexicon/word-columns';
import { WordScan } from '../lexicon/word-scan';
import { CUE, NAME, NUMBER_WORD, ORIGIN, roleOf } from './word-roles';

const scan = new WordScan();

/**
 * The words of a sentence (as sentenceWords finds them, in columns) when attributeSentence may find something in
 * it, else null. The columns are a scanner's, reused for the next sentence: read them before calling again.
 * Null means it finds no source and no unnamed report, and is decided without building the sentence's words: at
 * 10,000 articles, reading every sentence in full for attribution was more than half of the analysis, while half
 * the sentences cannot cite anything.
 *
 * Why null is safe (see attribute-sentence.ts): a sentence with no cue word and no parenthesis is passed over there
 * too. Every other route to a result needs a named source (verbs, "so", credits, credit lines), except the origin
 * cues ("nach Angaben …", "laut …", "… zufolge"), which mark a sentence as citing unnamed reports without a name.
 * A source can only be named where some word may start a source's name (see mayStartSourceName). So a sentence
 * with neither such a word nor an origin cue yields nothing. may-attribute.test.ts checks this against the full
 * reading.
 */
export function wordsIfCiting(sentence: string, lexicon: CompiledLexicon): WordColumns | null {
  const survey = surveySentence(sentence, lexicon);
  return survey.mayCite ? survey.words : null;
}

/** A sentence's words and what they may do; the scanner's, reused for the next sentence (see surveySentence). */
export interface SentenceSurvey {
  /** The words, as sentenceWords finds them (in columns). */
  readonly words: WordColumns;
  /** Role bits of word i (see word-roles.ts). */
  readonly roles: ArrayLike<number>;
  /** Whether attributeSentence may find something (see wordsIfCiting); when false it finds nothing. */
  readonly mayCite: boolean;
  /** Whether some word may hold a number word (see mayHoldNumberWord); when false readGermanNumbers finds none. */
  readonly mayStateNumberWord: boolean;
}

class Survey implements SentenceSurvey {
  words: WordColumns = scan;
  roles = new Uint8Array(64);
  mayCite = false;
  mayStateNumberWord = false;

  read(sentence: string, lexicon: CompiledLexicon): this {
    scan.read(sentence);
    if (this.roles.length < scan.count) this.roles = new Uint8Array(Math.max(scan.count, this.roles.length * 2));
    // One look at each word answers every question about the sentence: this runs for every word of the archive.
    let all = 0;
    for (let i = 0; i < scan.count; i++) {
      const role = roleOf(scan.keys[i]!, scan.spellings[i]!, lexicon);
      this.roles[i] = role;
      all |= role;
    }
    const cued = (all & CUE) !== 0 || sentence.includes('(');
    this.mayCite = cued && (all & (ORIGIN | NAME)) !== 0;
    this.mayStateNumberWord = (all & NUMBER_WORD) !== 0;
    return this;
  }
}

const survey = new Survey();

/**
 * Reads a sentence's words once for everything the analysis asks before reading it closely: whether it may cite a
 * source (wordsIfCiting) and whether it may state a number in words. The answer is reused for the next sentence:
 * read it before surveying another.
 */
export function surveySentence(sentence: string, lexicon: CompiledLexicon): SentenceSurvey {
  return survey.read(sentence, lexicon);
}
