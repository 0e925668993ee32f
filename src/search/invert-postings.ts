import type { ForwardSegment } from './forward-index';

/**
 * Turns the forward index built while reading (per passage: its terms and their frequencies) into postings
 * (per term: its passages and frequencies) by one counting sort. Passages are visited in ascending order, so
 * each posting list comes out sorted. Yields every `slice` passages so a reload never blocks for long.
 */
export function* invertPostings(
  forward: readonly ForwardSegment[],
  documentFrequency: Uint32Array,
  termCount: number,
  slice = 10_000,
): Generator<void, { postingStart: Uint32Array; postingPassage: Uint32Array; postingFrequency: Uint8Array }> {
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + documentFrequency[t]!;
  const total = postingStart[termCount]!;
  const postingPassage = new Uint32Array(total);
  const postingFrequency = new Uint8Array(total);
  const cursor = postingStart.slice(0, termCount);
  let p = 0;
  for (const { starts, term, frequency, termMap } of forward) {
    for (let i = 0; i < starts.length; i++, p++) {
      const end = i + 1 < starts.length ? starts[i + 1]! : term.length;
      for (let f = starts[i]!; f < end; f++) {
        const at = cursor[termMap === null ? term[f]! : termMap[term[f]!]!]!++;
        postingPassage[at] = p;
        postingFrequency[at] = frequency[f]!;
      }
      if (p % slice === slice - 1) yield;
    }
  }
  return { postingStart, postingPassage, postingFrequency };
}
