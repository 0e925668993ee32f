import { INFO_STRIDE, stringLength, type StringPool } from './string-table';

/**
 * Trigrams of vocabulary keys, as a prefilter for typo correction: a mistyped word still shares most of its
 * three-letter pieces with the word meant, so counting shared trigrams narrows half a million vocabulary words
 * to a few hundred candidates before the exact (and slower) comparisons run.
 */
export interface TrigramIndex {
  /**
   * Postings of trigram g: termIds[start[g] .. start[g+1]), ordered by key length (then id), so the terms of a
   * plausible length for a typo are one contiguous range, found by binary search rather than by a scan.
   */
  start: Uint32Array;
  termIds: Uint32Array;
  /** Per term: its key's length, capped at 255. */
  lengths: Uint8Array;
}

const BITS = 6;
const TRIGRAM_SPACE = 1 << (3 * BITS);
const WORD_START = 0;
const WORD_END = 63;

/** Folds a character into 6 bits: letters and digits exactly, anything else into a few shared buckets. */
function charCode6(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 1; // a-z → 1..26
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27; // 0-9 → 27..36
  return 37 + (code % 26); // rarer characters share buckets; candidates are verified afterwards anyway
}

/** Calls `visit` once with each distinct trigram id of `^word$`, the word given as `length` character codes. */
export function forEachTrigram(codeAt: (i: number) => number, length: number, visit: (trigram: number) => void): void {
  const seen: number[] = [];
  let a = WORD_START;
  let b = length > 0 ? charCode6(codeAt(0)) : WORD_END;
  for (let i = 1; i <= length; i++) {
    const c = i < length ? charCode6(codeAt(i)) : WORD_END;
    const g = (a << (2 * BITS)) | (b << BITS) | c;
    if (!seen.includes(g)) {
      seen.push(g);
      visit(g);
    }
    a = b;
    b = c;
  }
}

/**
 * The distinct trigram ids of term `term`'s `^key$`, in the order forEachTrigram visits them, written to
 * `out` (which must hold the key's length); returns how many. The build runs this twice per vocabulary word:
 * a loop over the stored characters, without a closure and a fresh array per word.
 */
function termTrigrams(terms: StringPool, term: number, out: Int32Array): number {
  const chars = terms.chars;
  const from = terms.info[term * INFO_STRIDE]!;
  const length = terms.info[term * INFO_STRIDE + 1]!;
  let count = 0;
  let a = WORD_START;
  let b = length > 0 ? charCode6(chars[from]!) : WORD_END;
  for (let i = 1; i <= length; i++) {
    const c = i < length ? charCode6(chars[from + i]!) : WORD_END;
    const g = (a << (2 * BITS)) | (b << BITS) | c;
    let seen = false;
    for (let k = 0; k < count && !seen; k++) seen = out[k] === g;
    if (!seen) out[count++] = g;
    a = b;
    b = c;
  }
  return count;
}

/** Builds the index in slices of `slice` terms per yield, so a reload never blocks for long. */
export function* buildTrigramIndex(terms: StringPool, slice = 10_000): Generator<void, TrigramIndex> {
  const lengths = termLengths(terms);
  const byLength = idsByLength(lengths);
  yield;
  let longest = 0;
  for (let t = 0; t < terms.size; t++) longest = Math.max(longest, stringLength(terms, t));
  const trigrams = new Int32Array(longest + 1);
  const start = new Uint32Array(TRIGRAM_SPACE + 1);
  for (let n = 0; n < byLength.length; n++) {
    const count = termTrigrams(terms, byLength[n]!, trigrams);
    for (let k = 0; k < count; k++) start[trigrams[k]! + 1]!++;
    if (n % slice === slice - 1) yield;
  }
  for (let g = 0; g < TRIGRAM_SPACE; g++) start[g + 1]! += start[g]!;
  const termIds = new Uint32Array(start[TRIGRAM_SPACE]!);
  const cursor = start.slice(0, TRIGRAM_SPACE);
  yield;
  for (let n = 0; n < byLength.length; n++) {
    const t = byLength[n]!;
    const count = termTrigrams(terms, t, trigrams);
    for (let k = 0; k < count; k++) termIds[cursor[trigrams[k]!]!++] = t;
    if (n % slice === slice - 1) yield;
  }
  return { start, termIds, lengths };
}

/**
 * buildTrigramIndex's result for a revised vocabulary `terms`, from the old index: each old posting is kept
 * under the term's new id (`newId`, NONE for a term whose postings are not kept), which must keep the kept terms
 * in their old order, and the postings of the `afresh` terms (new ids: new terms, and old ones that moved) are
 * worked out and merged in. One pass over the old postings instead of two over every vocabulary word's letters.
 */
export function* reviseTrigramIndex(
  old: TrigramIndex,
  oldTerms: StringPool,
  terms: StringPool,
  newId: Uint32Array,
  afresh: Uint32Array,
  slice = 10_000,
): Generator<void, TrigramIndex> {
  const lengths = termLengths(terms);
  // The afresh postings as (trigram, length, term) in one number each, sorted: trigram 18 bits, length 8, term 27.
  let longest = 0;
  for (const t of afresh) longest = Math.max(longest, stringLength(terms, t));
  const trigrams = new Int32Array(longest + 1);
  const added: number[] = [];
  for (const t of afresh) {
    const count = termTrigrams(terms, t, trigrams);
    for (let k = 0; k < count; k++) added.push((trigrams[k]! * 256 + lengths[t]!) * TERM_SPACE + t);
  }
  const sorted = Float64Array.from(added).sort();
  yield;
  // Sized exactly, not cut to size afterwards: at archive size a copy of tens of megabytes of fresh memory.
  let dropped = 0;
  for (let from = 0; from < newId.length; from += slice) {
    dropped += droppedPostings(oldTerms, newId, from, Math.min(newId.length, from + slice));
    yield;
  }
  const start = new Uint32Array(TRIGRAM_SPACE + 1);
  const termIds = new Uint32Array(old.termIds.length - dropped + sorted.length);
  const merged = { to: 0, next: 0 };
  const keepsIds = newId.every((id, t) => id === t);
  // In slices of trigrams, each a plain function call: a loop in a generator's own body runs unoptimised.
  const step = slice * 8;
  for (let g = 0; g < TRIGRAM_SPACE; g += step) {
    const range = { from: g, to: Math.min(TRIGRAM_SPACE, g + step) };
    mergeTrigrams(old, { newId, keepsIds }, lengths, sorted, { start, termIds }, merged, range);
    yield;
  }
  const to = merged.to;
  start[TRIGRAM_SPACE] = to;
  if (to !== termIds.length) throw new Error('the revised trigram postings do not add up');
  return { start, termIds, lengths };
}

/** How many trigram postings the old terms [from, to) whose postings are not kept had. */
function droppedPostings(oldTerms: StringPool, newId: Uint32Array, from: number, to: number): number {
  let longest = 0;
  for (let t = from; t < to; t++) if (newId[t] === NONE) longest = Math.max(longest, stringLength(oldTerms, t));
  const trigrams = new Int32Array(longest + 1);
  let dropped = 0;
  for (let t = from; t < to; t++) if (newId[t] === NONE) dropped += termTrigrams(oldTerms, t, trigrams);
  return dropped;
}

/**
 * reviseTrigramIndex's merge for trigrams [from, to), writing on at `merged`. When every old term keeps its id
 * (`keepsIds`: articles added at the end), the old postings keep their order too: copied in blocks.
 */
function mergeTrigrams(
  old: TrigramIndex,
  renumbering: { newId: Uint32Array; keepsIds: boolean },
  lengths: Uint8Array,
  sorted: Float64Array,
  out: { start: Uint32Array; termIds: Uint32Array },
  merged: { to: number; next: number },
  range: { from: number; to: number },
): void {
  const { newId, keepsIds } = renumbering;
  const { from, to } = range;
  const { start, termIds } = out;
  const oldStart = old.start;
  const oldTermIds = old.termIds;
  let at = merged.to;
  let next = merged.next;
  // The next afresh posting, unpacked once rather than per old posting it is compared with.
  let nextTrigram = TRIGRAM_SPACE;
  let nextTerm = 0;
  let nextLength = 0;
  const unpack = () => {
    const key = next < sorted.length ? sorted[next]! : Number.POSITIVE_INFINITY;
    nextTrigram = next < sorted.length ? Math.floor(key / (256 * TERM_SPACE)) : TRIGRAM_SPACE;
    nextTerm = next < sorted.length ? key % TERM_SPACE : 0;
    nextLength = next < sorted.length ? lengths[nextTerm]! : 0;
  };
  unpack();
  for (let g = from; g < to; g++) {
    start[g] = at;
    const end = oldStart[g + 1]!;
    if (keepsIds) {
      // The old postings in blocks, each afresh posting put in where it sorts.
      let p = oldStart[g]!;
      while (nextTrigram === g) {
        const before = firstSortingAfter(oldTermIds, lengths, p, end, nextLength, nextTerm);
        termIds.set(oldTermIds.subarray(p, before), at);
        at += before - p;
        p = before;
        termIds[at++] = nextTerm;
        next++;
        unpack();
      }
      if (p < end) termIds.set(oldTermIds.subarray(p, end), at);
      at += end - p;
      continue;
    }
    if (nextTrigram !== g) {
      for (let p = oldStart[g]!; p < end; p++) {
        const t = newId[oldTermIds[p]!]!;
        if (t !== NONE) termIds[at++] = t;
      }
      continue;
    }
    for (let p = oldStart[g]!; p < end; p++) {
      const t = newId[oldTermIds[p]!]!;
      if (t === NONE) continue;
      // The afresh postings of this trigram that sort before this one.
      const length = lengths[t]!;
      while (nextTrigram === g && (nextLength < length || (nextLength === length && nextTerm < t))) {
        termIds[at++] = nextTerm;
        next++;
        unpack();
      }
      termIds[at++] = t;
    }
    while (nextTrigram === g) {
      termIds[at++] = nextTerm;
      next++;
      unpack();
    }
  }
  merged.to = at;
  merged.next = next;
}

/** The first of termIds[from, to), sorted by length then id, that sorts after a term of `length` and id `term`. */
function firstSortingAfter(
  termIds: Uint32Array,
  lengths: Uint8Array,
  from: number,
  to: number,
  length: number,
  term: number,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const t = termIds[mid]!;
    if (lengths[t]! < length || (lengths[t] === length && t < term)) low = mid + 1;
    else high = mid;
  }
  return low;
}

const NONE = 0xffffffff;
const TERM_SPACE = 2 ** 27;

/** Term ids ordered by length, then id (a counting sort: lengths are small numbers). */
function idsByLength(lengths: Uint8Array): Uint32Array {
  const first = new Uint32Array(257);
  for (const length of lengths) first[length + 1]!++;
  for (let l = 0; l < 256; l++) first[l + 1]! += first[l]!;
  const ids = new Uint32Array(lengths.length);
  for (let t = 0; t < lengths.length; t++) ids[first[lengths[t]!]!++] = t;
  return ids;
}

function termLengths(terms: StringPool): Uint8Array {
  const lengths = new Uint8Array(terms.size);
  for (let t = 0; t < terms.size; t++) lengths[t] = Math.min(255, stringLength(terms, t));
  return lengths;
}

export interface CandidateQuery {
  word: string;
  /** Fewest trigrams a candidate must share with the word. */
  minShared: number;
  /** Candidate keys must be this long, give or take `lengthSlack`. */
  lengthSlack: number;
  limit: number;
}

/**
 * Term ids of plausible length sharing at least `minShared` trigrams with `word`, most shared first, at most
 * `limit`. `counter` is caller-owned scratch of vocabulary size, all zero, and is left all zero.
 */
export function trigramCandidates(index: TrigramIndex, query: CandidateQuery, counter: Uint8Array): number[] {
  const { word, minShared, lengthSlack, limit } = query;
  const { termIds, lengths } = index;
  const shortest = word.length - lengthSlack;
  const longest = word.length + lengthSlack;
  // The first posting in [from, to) whose term is at least `length` long.
  const firstOfLength = (from: number, to: number, length: number) => {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lengths[termIds[mid]!]! < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const touched: number[] = [];
  forEachTrigram(
    (i) => word.charCodeAt(i),
    word.length,
    (g) => {
      const from = firstOfLength(index.start[g]!, index.start[g + 1]!, shortest);
      const to = firstOfLength(from, index.start[g + 1]!, longest + 1);
      for (let p = from; p < to; p++) {
        const t = termIds[p]!;
        const shared = counter[t]!;
        if (shared === 0) touched.push(t);
        if (shared < 255) counter[t] = shared + 1;
      }
    },
  );
  // Bucket by shared count (≤ 255) instead of sorting every touched term.
  const buckets: number[][] = [];
  for (const t of touched) {
    const shared = counter[t]!;
    counter[t] = 0;
    if (shared < minShared) continue;
    (buckets[shared] ??= []).push(t);
  }
  const result: number[] = [];
  for (let shared = buckets.length - 1; shared >= minShared && result.length < limit; shared--) {
    for (const t of buckets[shared] ?? []) {
      if (result.length === limit) break;
      result.push(t);
    }
  }
  return result;
}
