/**
 * Trigrams of vocabulary keys, as a prefilter for typo correction: a mistyped word still shares most of its
 * three-letter pieces with the word meant, so counting shared trigrams narrows half a million vocabulary words
 * to a few hundred candidates before the exact (and slower) comparisons run.
 */
export interface TrigramIndex {
  /** postings of trigram g: termIds[start[g] .. start[g+1]) */
  start: Uint32Array;
  termIds: Uint32Array;
}

const BITS = 6;
const TRIGRAM_SPACE = 1 << (3 * BITS);
const WORD_START = 0;
const WORD_END = 63;

/** Folds a character into 6 bits: letters and digits exactly, anything else into a few shared buckets. */
function charCode6(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 1; // a-z → 1..26
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27; // 0-9 → 27..36
  return 37 + (code % 26); // rarer letters share buckets; candidates are verified afterwards anyway
}

/** Calls `visit` with each distinct trigram id of `^key$`. */
export function forEachTrigram(key: string, visit: (trigram: number) => void): void {
  const n = key.length;
  const seen: number[] = [];
  let a = WORD_START;
  let b = n > 0 ? charCode6(key.charCodeAt(0)) : WORD_END;
  for (let i = 1; i <= n; i++) {
    const c = i < n ? charCode6(key.charCodeAt(i)) : WORD_END;
    const g = (a << (2 * BITS)) | (b << BITS) | c;
    if (!seen.includes(g)) {
      seen.push(g);
      visit(g);
    }
    a = b;
    b = c;
  }
}

/** Builds the index in slices of about `sliceSize` keys per yield, so a reload never blocks for long. */
export function* buildTrigramIndex(keys: readonly string[], sliceSize = 50_000): Generator<void, TrigramIndex> {
  const counts = new Uint32Array(TRIGRAM_SPACE + 1);
  for (let t = 0; t < keys.length; t++) {
    forEachTrigram(keys[t]!, (g) => counts[g + 1]!++);
    if (t % sliceSize === sliceSize - 1) yield;
  }
  for (let g = 0; g < TRIGRAM_SPACE; g++) counts[g + 1]! += counts[g]!;
  const start = counts;
  const termIds = new Uint32Array(start[TRIGRAM_SPACE]!);
  const cursor = start.slice(0, TRIGRAM_SPACE);
  for (let t = 0; t < keys.length; t++) {
    forEachTrigram(keys[t]!, (g) => {
      termIds[cursor[g]!++] = t;
    });
    if (t % sliceSize === sliceSize - 1) yield;
  }
  return { start, termIds };
}

/**
 * Term ids sharing at least `minShared` trigrams with `word`, most shared first, at most `limit`, and only
 * those `accept` lets through (e.g. a plausible length). `counter` is caller-owned scratch of vocabulary size,
 * all zero, and is left all zero.
 */
export function trigramCandidates(
  index: TrigramIndex,
  word: string,
  minShared: number,
  limit: number,
  counter: Uint8Array,
  accept: (termId: number) => boolean,
): number[] {
  const touched: number[] = [];
  forEachTrigram(word, (g) => {
    const end = index.start[g + 1]!;
    for (let p = index.start[g]!; p < end; p++) {
      const t = index.termIds[p]!;
      if (counter[t] === 0) touched.push(t);
      if (counter[t]! < 255) counter[t]!++;
    }
  });
  // Bucket by shared count (≤ 255) instead of sorting every touched term.
  const buckets: number[][] = [];
  for (const t of touched) {
    const shared = counter[t]!;
    counter[t] = 0;
    if (shared < minShared || !accept(t)) continue;
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
