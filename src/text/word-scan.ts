import { forEachWord } from './scan-words';
import { foldedKey, lastSpellingId } from './fold-cache';
import type { Word } from './sentence-words';
import { wordsOf, type WordColumns } from './word-columns';

/**
 * The words of one text (as sentenceWords finds and folds them) held in arrays that are reused from text to text,
 * so a caller can look at a sentence's words before deciding it needs them as Word objects at all. The analysis
 * reads every sentence of the archive and keeps the words of about half: one scan then serves both the decision
 * and the words, and the other half allocates nothing per word.
 */
export class WordScan implements WordColumns {
  /** Number of words of the text last read. */
  count = 0;
  /** Folded key of word i (see foldText); entries from `count` on are left over from longer texts. */
  readonly keys: string[] = [];
  /** Start and end offset of word i; replaced by larger arrays when a text has more words (read-only for callers). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Spelling id of word i (see lastSpellingId): lets a caller remember per spelling what it works out per key. */
  spellings = new Int32Array(64);
  private text = '';

  // One callback for the scanner's lifetime rather than a closure per text.
  private readonly visit = (start: number, end: number, hash: number): void => {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.keys[i] = foldedKey(this.text, start, end, hash);
    this.spellings[i] = lastSpellingId();
    this.count = i + 1;
  };

  /** Reads the words of `text`, replacing those of the text read before. */
  read(text: string): this {
    this.text = text;
    this.count = 0;
    forEachWord(text, this.visit);
    return this;
  }

  /** The words read, as sentenceWords(text) gives them. */
  words(): Word[] {
    return wordsOf(this);
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    const spellings = new Int32Array(this.spellings.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    spellings.set(this.spellings);
    this.starts = starts;
    this.ends = ends;
    this.spellings = spellings;
  }
}
