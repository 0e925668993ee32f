import Fuse from 'fuse.js';
import { documentFrequency, termKey, type PassageIndex } from './passage-index';
import type { SearchScratch } from './search-scratch';
import { trigramCandidates } from './trigram-index';
import { allowedEdits, typoDistance } from './typo-rule';

export interface WordCorrection {
  /** Term ids of the closest vocabulary words, most likely first. */
  terms: number[];
  /** Their typo distance from the query word (see typo-rule.ts). */
  distance: number;
}

// Candidates for the typo rule, most trigrams shared first; checking the whole vocabulary would take far too long.
const CANDIDATES = 200;
const MAX_CORRECTIONS = 3;

/**
 * The vocabulary words a folded query word absent from the vocabulary was most likely meant to be, or null
 * when none is close enough. Trigram overlap picks candidates, the typo rule (typo-rule.ts) decides which are
 * typos of the word, and fuse ranks those, so "gerasimow" becomes "gerassimow" while a word with no near
 * neighbour stays uncorrected.
 */
export function correctWord(index: PassageIndex, word: string, scratch: SearchScratch): WordCorrection | null {
  if (word.length < 3 || word.length > 40 || /^[\d.,]+$/.test(word)) return null;
  const edits = Math.max(1, allowedEdits(word.length));
  // An edit changes at most 3 of a word's trigrams (4 for a swap), so a true typo shares at least this many.
  const minShared = Math.max(1, word.length - 4 * edits);
  const ids = trigramCandidates(
    index.trigrams,
    { word, minShared, lengthSlack: edits, limit: CANDIDATES },
    scratch.trigramCounter,
  );
  if (ids.length === 0) return null;

  // The typo rule first (cheap, bounded), then fuse ranks the few survivors: among words equally many edits
  // away, fuse prefers the one whose letters line up best with what was typed.
  const close: { term: number; key: string; distance: number }[] = [];
  for (const term of ids) {
    const key = termKey(index, term);
    const distance = typoDistance(word, key);
    if (distance !== null) close.push({ term, key, distance });
  }
  if (close.length === 0) return null;
  const fuseScore = new Map<number, number>();
  const fuse = new Fuse(
    close.map((c) => c.key),
    { includeScore: true, ignoreLocation: true, threshold: 1 },
  );
  for (const result of fuse.search(word)) fuseScore.set(close[result.refIndex]!.term, result.score ?? 1);
  const ranked = close.map((c) => ({
    term: c.term,
    distance: c.distance,
    score: fuseScore.get(c.term) ?? 1,
    frequency: documentFrequency(index, c.term),
  }));
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => a.distance - b.distance || a.score - b.score || b.frequency - a.frequency);
  const distance = ranked[0]!.distance;
  return {
    terms: ranked
      .filter((r) => r.distance === distance)
      .slice(0, MAX_CORRECTIONS)
      .map((r) => r.term),
    distance,
  };
}
