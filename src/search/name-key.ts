import { foldText } from '../text/fold';

const LETTERS_OR_DIGITS = /[\p{L}\p{N}]+/gu;

/**
 * The comparable form of a name or a query for one: its folded runs of letters and digits separated by single
 * spaces, so "US-Außenministerium", "us aussenministerium" and "US Außenministerium!" meet, and compounds
 * compare by their parts. Folding the whole text once, rather than word by word, keeps tens of thousands of
 * article titles cheap; names and queries go through the same function, so they always agree.
 */
export function nameKey(text: string): string {
  return (foldText(text).match(LETTERS_OR_DIGITS) ?? []).join(' ');
}
