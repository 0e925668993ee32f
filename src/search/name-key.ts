import { tokenize } from '../text/tokenize';

// The separators tokenize keeps inside compounds; a name compares equal however its parts are joined.
const COMPOUND_SEPARATOR = /[-‐.'’]/;

/**
 * The comparable form of a name or a query for one: folded words separated by single spaces, with compounds
 * split into their parts, so "US-Außenministerium", "us aussenministerium" and "US Außenministerium!" meet.
 */
export function nameKey(text: string): string {
  return tokenize(text)
    .flatMap((t) => t.key.split(COMPOUND_SEPARATOR))
    .filter(Boolean)
    .join(' ');
}
