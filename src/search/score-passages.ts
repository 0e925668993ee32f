import { inverseDocumentFrequency, K1 } from './bm25';
import type { PassageIndex } from './passage-index';
import type { SearchScratch } from './search-scratch';

/**
 * Adds one query word's BM25 contribution to every passage containing it, marking word bit `w`, and returns
 * the new count of touched passages. A word corrected to several terms counts each passage's best term once,
 * not their sum.
 */
export function accumulateWord(
  index: PassageIndex,
  scratch: SearchScratch,
  terms: readonly number[],
  w: number,
  touchedCount: number,
): number {
  const { postingStart, postingPassage, postingFrequency, lengthNorms: norms } = index;
  const passages = index.passageLength.length;
  let count = touchedCount;
  for (const term of terms) {
    const from = postingStart[term]!;
    const to = postingStart[term + 1]!;
    const idfK = inverseDocumentFrequency(to - from, passages) * (K1 + 1);
    for (let at = from; at < to; at++) {
      const p = postingPassage[at]!;
      const tf = postingFrequency[at]!;
      const value = (idfK * tf) / (tf + norms[p]!);
      if (scratch.words[p] === 0) scratch.touched[count++] = p;
      addContribution(scratch, p, w, value);
    }
  }
  return count;
}

/**
 * Adds a common word's contribution only to passages already touched, finding each in the word's posting list
 * by binary search. A word in most passages ("die", "und") would otherwise cost a pass over most of the
 * archive while barely changing the ranking.
 */
export function probeWord(
  index: PassageIndex,
  scratch: SearchScratch,
  terms: readonly number[],
  w: number,
  touchedCount: number,
): void {
  const { touched } = scratch;
  const { postingStart, postingPassage, postingFrequency, lengthNorms: norms } = index;
  const passages = index.passageLength.length;
  for (const term of terms) {
    const from = postingStart[term]!;
    const to = postingStart[term + 1]!;
    const idfK = inverseDocumentFrequency(to - from, passages) * (K1 + 1);
    for (let n = 0; n < touchedCount; n++) {
      const p = touched[n]!;
      let lo = from;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (postingPassage[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      if (lo === to || postingPassage[lo] !== p) continue;
      const tf = postingFrequency[lo]!;
      addContribution(scratch, p, w, (idfK * tf) / (tf + norms[p]!));
    }
  }
}

/**
 * Word `w`'s BM25 value for passage `p`. A word corrected to several terms counts only its best term per passage,
 * so a typo's several candidates do not outweigh a word typed correctly.
 */
function addContribution(scratch: SearchScratch, p: number, w: number, value: number): void {
  const { score, words, lastWord, contribution } = scratch;
  if (lastWord[p] !== w + 1) {
    lastWord[p] = w + 1;
    contribution[p] = value;
    score[p]! += value;
    words[p]! |= 1 << w;
  } else if (value > contribution[p]!) {
    score[p]! += value - contribution[p]!;
    contribution[p] = value;
  }
}
