import { osaDistance } from './osa-distance';

/**
 * How many edits a query word of this length may carry and still count as a typo of a known word.
 *
 * The rule, on folded keys (see foldText), measured by optimal-string-alignment distance:
 *   - up to 3 letters: only a swap of two adjacent letters ("nsi" → "nis"). Short names are mostly acronyms,
 *     and one changed letter makes another real acronym (BBC/KBS, CNN/NHK), not a typo.
 *   - 4 to 7 letters: 1 edit ("kcan" → "kcna", "pentagn" → "pentagon").
 *   - 8 to 11 letters: 2 edits ("gerasimow" → "gerassimow", "nordkora" → "nordkorea").
 *   - 12 letters and more: 3 edits.
 * For words of up to 5 letters the first letter must also agree, because people rarely mistype it while
 * different short names often differ there ("kbs" vs "bbc").
 */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

/**
 * The typo distance of `query` from `known`, or null when the two are different words by the rule above.
 * Both must already be folded keys.
 */
export function typoDistance(query: string, known: string): number | null {
  if (query === known) return 0;
  if (query.length <= 3) {
    return known.length === query.length && isOneAdjacentSwap(query, known) ? 1 : null;
  }
  if (query.length <= 5 && query[0] !== known[0] && !isOneAdjacentSwap(query, known)) return null;
  const max = allowedEdits(query.length);
  const d = osaDistance(query, known, max);
  return d <= max ? d : null;
}

function isOneAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
