import { foldedKey, lastSpellingId } from './fold-cache';
import { doubled, WordRanges } from './scan-words';
import type { Word } from './sentence-words';
import { wordsOf, type WordColumns } from './word-columns';

/**
 * The words of one text (as sentenceWords finds and folds them) held in arrays that are reused from text to text,
 * so a caller can look at a sentence's words before deciding it needs them as Word objects at all. The analysis
 * reads every sentence of the archive and keeps the words of about half: one scan then serves both the decision
 * and the words, and the other half allocates nothing per word.
 */
export class WordScan extends WordRanges implements WordColumns {
  /** Folded key of word i (see foldText); entries from `count` on are left over from longer texts. */
  readonly keys: string[] = [];
  /** Spelling id of word i (see lastSpellingId): lets a caller remember per spelling what it works out per key. */
  spellings = new Int32Array(64);

  /** Reads the words of `text`, replacing those of the text read before. */
  read(text: string): this {
    const count = this.find(text);
    const { starts, ends, hashes, keys, spellings } = this;
    for (let i = 0; i < count; i++) {
      keys[i] = foldedKey(text, starts[i]!, ends[i]!, hashes[i]!);
      spellings[i] = lastSpellingId();
    }
    return this;
  }

  /** The words read, as sentenceWords(text) gives them. */
  words(): Word[] {
    return wordsOf(this);
  }

  protected override grow(): void {
    super.grow();
    this.spellings = doubled(this.spellings);
  }
}
