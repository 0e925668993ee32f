/**
 * Turns the forward index built while reading (per passage: its terms and their frequencies) into postings
 * (per term: its passages and frequencies) by one counting sort. Passages are visited in ascending order, so
 * each posting list comes out sorted. Yields every `slice` passages so a reload never blocks for long.
 */
export function* invertPostings(
  forward: { start: Uint32Array; term: Uint32Array; frequency: Uint8Array; passageCount: number },
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
  const { start, term, frequency, passageCount } = forward;
  for (let p = 0; p < passageCount; p++) {
    const end = start[p + 1]!;
    for (let f = start[p]!; f < end; f++) {
      const at = cursor[term[f]!]!++;
      postingPassage[at] = p;
      postingFrequency[at] = frequency[f]!;
    }
    if (p % slice === slice - 1) yield;
  }
  return { postingStart, postingPassage, postingFrequency };
}
