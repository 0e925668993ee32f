import { tokenKeys } from '../text/tokenize';

/**
 * The index keys of one word as written: exactly `tokenKeys(foldText(word))` (src/text), computed in one pass
 * over the characters instead of foldText's seven regular-expression replacements. Indexing folds every
 * distinct spelling of the archive (350,000 at 10,000 articles) and the regex chain was the largest single cost
 * of building the index. word-keys.test.ts checks both agree on real and on random text.
 */
export function wordKeys(word: string): string[] {
  const key = foldWord(word);
  return hasSeparator(key) ? tokenKeys(key) : [key];
}

// After lower-casing: ß → ss; à á â ä → a; ò ó ô ö → o; ù ú û ü → u; then an "e" right after a, o or u
// goes, as foldText's later "ae"/"oe"/"ue" replacements do (they never create new pairs, so one
// left-to-right pass agrees).
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let changed = false;
  for (let i = 0; i < lower.length && !changed; i++) {
    const c = lower.charCodeAt(i);
    changed = c >= 0xdf ? VOWEL_OF[c - 0xdf] !== undefined : c === 0x65 && i > 0 && isPlainAou(lower.charCodeAt(i - 1));
  }
  if (!changed) return lower;
  const codes: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const vowel = c >= 0xdf ? VOWEL_OF[c - 0xdf] : undefined;
    if (vowel === SHARP_S) {
      codes.push(0x73, 0x73);
      continue;
    }
    const base = vowel ?? c;
    codes.push(base);
    if (isPlainAou(base) && lower.charCodeAt(i + 1) === 0x65) i++;
  }
  return String.fromCharCode(...codes);
}

function isPlainAou(c: number): boolean {
  return c === 0x61 || c === 0x6f || c === 0x75;
}

function hasSeparator(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2e || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

// Indexed from ß (U+00DF) to ü (U+00FC): the plain vowel's code, or SHARP_S for ß (→ "ss").
const SHARP_S = -1;
const VOWEL_OF: (number | undefined)[] = [];
VOWEL_OF[0] = SHARP_S;
for (const [chars, vowel] of [['àáâä', 'a'], ['òóôö', 'o'], ['ùúûü', 'u']] as const) {
  for (const ch of chars) VOWEL_OF[ch.charCodeAt(0) - 0xdf] = vowel.charCodeAt(0);
}
