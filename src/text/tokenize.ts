import { foldText } from './fold';

/** A word of text with where it stands, so matches can be shown in the original spelling. */
export interface Token {
  /** Folded matching key (see foldText). */
  key: string;
  /** The word as written. */
  original: string;
  start: number;
  end: number;
}

// Letters (any script), digits, and inner hyphens/dots of compounds and numbers ("Nordkorea-Soldaten", "11.000").
const WORD = /[\p{L}\p{N}]+(?:[-‐.'’][\p{L}\p{N}]+)*/gu;

/** Splits text into words. A hyphenated compound stays one token here; see `tokenKeys` for its parts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const original = m[0];
    tokens.push({ key: foldText(original), original, start: m.index, end: m.index + original.length });
  }
  return tokens;
}

/**
 * The index keys of one token: a hyphenated compound is indexed as the whole ("nordkoreasoldaten") and as each
 * part ("nordkorea", "soldaten"), so `Soldaten` finds `Nordkorea-Soldaten` and the compound finds itself.
 * Numbers keep their dots ("11.000") because the dot is part of how Germans write them.
 */
export function tokenKeys(key: string): string[] {
  if (/^[\d.,]+$/.test(key)) return [key];
  const parts = key.split(/[-‐.'’]/).filter(Boolean);
  if (parts.length <= 1) return [parts[0] ?? key];
  return [parts.join(''), ...parts];
}
