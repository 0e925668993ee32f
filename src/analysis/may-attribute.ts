import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import type { WordColumns } from '../text/word-columns';
import { WordScan } from '../text/word-scan';
import { CUE, NAME, NUMBER_WORD, roleOf } from './word-roles';

const scan = new WordScan();

// "Katzian: „…“": a speaker may be named before a colon that opens a quotation, with no cue word; "Foda: Wir …"
// when the quotation marks were lost.
const COLON_QUOTE = /:\s*[„“"»]|^[\p{Lu}][^\s:]*:\s+\p{Lu}/u;

/** A sentence's words and what they may do; the scanner's, reused for the next sentence (see surveySentence). */
export interface SentenceSurvey {
  /** The words, as sentenceWords finds them (in columns). */
  readonly words: WordColumns;
  /** Role bits of word i (see word-roles.ts). */
  readonly roles: ArrayLike<number>;
  /**
   * Whether readSpeakers may find a speaker: the sentence holds a cue word, a parenthesis (a credit line) or a
   * colon opening a quotation. When false it finds none, and the sentence is passed over without being read
   * closely; about half the sentences of an archive are.
   */
  readonly mayCite: boolean;
  /** Whether some word may start a lexicon source's name (see mayStartSourceName). */
  readonly mayName: boolean;
  /** Whether some word may hold a number word (see mayHoldNumberWord); when false readGermanNumbers finds none. */
  readonly mayStateNumberWord: boolean;
}

class Survey implements SentenceSurvey {
  words: WordColumns = scan;
  roles = new Uint8Array(64);
  mayCite = false;
  mayName = false;
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
    this.mayCite = (all & CUE) !== 0 || sentence.includes('(') || COLON_QUOTE.test(sentence);
    this.mayName = (all & NAME) !== 0;
    this.mayStateNumberWord = (all & NUMBER_WORD) !== 0;
    return this;
  }
}

const survey = new Survey();

/**
 * Reads a sentence's words once for everything the analysis asks before reading it closely: whether it may credit
 * a source, whether it may name a lexicon source, and whether it may state a number in words. The answer is reused
 * for the next sentence: read it before surveying another.
 */
export function surveySentence(sentence: string, lexicon: CompiledLexicon): SentenceSurvey {
  return survey.read(sentence, lexicon);
}
