import { tokenize, tokenKeys } from '../text/tokenize';
import { correctWord } from './correct-word';
import { termId, type PassageIndex } from './passage-index';
import type { SearchScratch } from './search-scratch';

export interface QueryWord {
  /** The word as the user typed it. */
  word: string;
  /** Term ids it stands for: itself, or its closest vocabulary words when corrected. Empty when not found. */
  terms: number[];
  fuzzy: boolean;
}

// Longer input is cut, not rejected: a pasted sentence still searches by its first words, and no query can
// make the engine do unbounded work. Eight words fit the per-passage word bitmask.
const MAX_QUERY_CHARS = 300;
const MAX_QUERY_WORDS = 8;

/** Splits a query into words and finds each in the vocabulary, correcting typos of absent words. */
export function resolveQuery(index: PassageIndex, query: string, scratch: SearchScratch): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const token of tokenize(cutAtWord(query, MAX_QUERY_CHARS))) {
    const [whole, ...parts] = tokenKeys(token.key);
    if (!whole) continue;
    const known = termId(index, whole);
    if (known !== undefined || parts.length === 0) {
      addWord(words, seen, index, token.original, whole, known, scratch);
      continue;
    }
    // A compound the archive never writes whole ("Nordkorea-Truppen"): search its parts as separate words.
    const originals = token.original.split(/[-‐.'’]/).filter(Boolean);
    parts.forEach((part, i) => {
      addWord(words, seen, index, originals[i] ?? part, part, termId(index, part), scratch);
    });
  }
  return words.slice(0, MAX_QUERY_WORDS);
}

function addWord(
  words: QueryWord[],
  seen: Set<string>,
  index: PassageIndex,
  word: string,
  key: string,
  known: number | undefined,
  scratch: SearchScratch,
): void {
  if (seen.has(key) || words.length >= MAX_QUERY_WORDS) return;
  seen.add(key);
  if (known !== undefined) {
    words.push({ word, terms: [known], fuzzy: false });
    return;
  }
  const correction = correctWord(index, key, scratch);
  words.push({ word, terms: correction?.terms ?? [], fuzzy: correction !== null });
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut.slice(0, max);
}
