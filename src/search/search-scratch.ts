import type { PassageIndex } from './passage-index';

/**
 * Per-index working memory for queries. Allocating corpus-sized arrays for every query would cost more than the
 * query itself at archive size, so each index gets one set, reused and left zeroed after every query.
 * Queries run one at a time on the event loop, so sharing is safe. Kept beside the index, not in it, so the
 * index stays plain immutable data.
 */
export interface SearchScratch {
  /** Per passage: accumulated BM25 score, then the rank (score plus a bonus for having every word). */
  score: Float64Array;
  /** Per passage: bit i set when query word i matched. */
  words: Uint8Array;
  /** Per passage: 1 + the query word whose best term contribution `contribution` holds, 0 for none. */
  lastWord: Uint8Array;
  contribution: Float32Array;
  /** Passages touched by the current query, in the order first touched. */
  touched: Uint32Array;
  /** Per vocabulary term: shared-trigram counter for typo correction. */
  trigramCounter: Uint8Array;
}

const scratches = new WeakMap<PassageIndex, SearchScratch>();

export function scratchFor(index: PassageIndex): SearchScratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const passages = index.passageLength.length;
    scratch = {
      score: new Float64Array(passages),
      words: new Uint8Array(passages),
      lastWord: new Uint8Array(passages),
      contribution: new Float32Array(passages),
      touched: new Uint32Array(passages),
      trigramCounter: new Uint8Array(index.terms.size),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Zeroes what a query touched: element by element when few passages were touched, whole arrays when many. */
export function resetScratch(scratch: SearchScratch, touchedCount: number): void {
  if (touchedCount > scratch.touched.length / 8) {
    scratch.score.fill(0);
    scratch.words.fill(0);
    scratch.lastWord.fill(0);
    return;
  }
  for (let n = 0; n < touchedCount; n++) {
    const p = scratch.touched[n]!;
    scratch.score[p] = 0;
    scratch.words[p] = 0;
    scratch.lastWord[p] = 0;
  }
}
