/**
 * BM25 ranking. The usual defaults: paragraphs are short and similar in length, so there is little to tune.
 */
export const K1 = 1.2;
const B = 0.75;

/** Inverse document frequency, never negative (the "+1" variant), so very common words still add a little. */
export function inverseDocumentFrequency(documentFrequency: number, passageCount: number): number {
  return Math.log(1 + (passageCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Per passage: the length part of BM25's denominator, computed once per index rather than per posting. */
export function lengthNorms(passageLength: Uint32Array, averageLength: number): Float32Array {
  const norms = new Float32Array(passageLength.length);
  const average = averageLength || 1;
  for (let p = 0; p < passageLength.length; p++) norms[p] = K1 * (1 - B + (B * passageLength[p]!) / average);
  return norms;
}
