/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein): insertions, deletions, substitutions and
 * swaps of two adjacent letters each cost 1. A swap counts as one edit because "kcan" for "kcna" is one slip of
 * the fingers, not two.
 *
 * `max` lets callers stop early: once every cell of a row exceeds it the answer can only be larger, so the
 * function returns `max + 1`. Scanning thousands of vocabulary candidates relies on that cut-off.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;

  const width = b.length + 1;
  let before = new Uint16Array(width); // row i-2, for swaps
  let previous = new Uint16Array(width); // row i-1
  let current = new Uint16Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;

  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[width - 1]!;
}
