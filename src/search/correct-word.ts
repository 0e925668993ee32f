import Fuse from 'fuse.js';
import type { PassageIndex } from './passage-index';
import { trigramCandidates } from './trigram-index';
import { allowedEdits, typoDistance } from './typo-rule';

export interface WordCorrection {
  /** Term ids of the closest vocabulary words, most likely first. */
  terms: number[];
  /** Their typo distance from the query word (see typo-rule.ts). */
  distance: number;
}

// Enough candidates for fuse to rank; fuse over the whole vocabulary would take far too long per query.
const CANDIDATES = 200;
const MAX_CORRECTIONS = 3;

/**
 * The vocabulary words a folded query word absent from the vocabulary was most likely meant to be, or null
 * when none is close enough. Trigram overlap picks candidates, fuse ranks them, and the typo rule decides,
 * so "gerasimow" becomes "gerassimow" while a word with no near neighbour stays uncorrected.
 * `counter` is zeroed scratch of vocabulary size (see search-scratch.ts).
 */
export function correctWord(index: PassageIndex, word: string, counter: Uint8Array): WordCorrection | null {
  if (word.length < 3 || word.length > 40 || /^[\d.,]+$/.test(word)) return null;
  const edits = Math.max(1, allowedEdits(word.length));
  // An edit changes at most 3 of a word's trigrams (4 for a swap), so a true typo shares at least this many.
  const minShared = Math.max(1, word.length - 4 * edits);
  const ids = trigramCandidates(index.trigrams, word, minShared, CANDIDATES, counter, (t) => {
    const key = index.termKeys[t]!;
    return Math.abs(key.length - word.length) <= edits;
  });
  if (ids.length === 0) return null;

  const fuse = new Fuse(
    ids.map((t) => index.termKeys[t]!),
    { includeScore: true, ignoreLocation: true, threshold: 0.5 },
  );
  const ranked: { term: number; distance: number; score: number; frequency: number }[] = [];
  for (const result of fuse.search(word)) {
    const term = ids[result.refIndex]!;
    const distance = typoDistance(word, result.item);
    if (distance === null) continue;
    const frequency = index.postingStart[term + 1]! - index.postingStart[term]!;
    ranked.push({ term, distance, score: result.score ?? 1, frequency });
  }
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => a.distance - b.distance || a.score - b.score || b.frequency - a.frequency);
  const distance = ranked[0]!.distance;
  return {
    terms: ranked.filter((r) => r.distance === distance).slice(0, MAX_CORRECTIONS).map((r) => r.term),
    distance,
  };
}
