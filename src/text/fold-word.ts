import { foldText } from './fold';

// Lower case and folded form of the Latin-1 and Latin Extended-A letters German text uses; other characters go
// through foldText itself. Index: char code; value: the folded string, or '' for "not in the table".
const FOLDED: string[] = [];
for (let code = 0; code < 0x250; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  FOLDED[code] = lower.length === 1 ? foldText(lower) : '';
}

/**
 * foldText (src/text/fold.ts) for one word of `text`, without its chain of whole-string replacements: one pass over
 * the characters. Called for every word of the archive, where the replacement chain dominated the build time.
 * Gives exactly foldText's result (fold-word.test.ts checks it); any character outside the table falls back to it.
 */
export function foldWord(text: string, start: number, end: number): string {
  // Most words need nothing but lower case: one slice (and one toLowerCase) then, not a string built per character.
  let upper = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      upper = true;
      if (code === 0x45 && i > start && isFoldHead(text.charCodeAt(i - 1) | 0x20)) return foldSlowly(text, start, end);
    } else if (!(code >= 0x61 && code <= 0x7a) && !(code >= 0x30 && code <= 0x39) && code !== 0x2d && code !== 0x2e) {
      return foldSlowly(text, start, end);
    } else if (code === 0x65 && i > start && isFoldHead(text.charCodeAt(i - 1) | 0x20)) {
      return foldSlowly(text, start, end);
    }
  }
  const word = text.slice(start, end);
  return upper ? word.toLowerCase() : word;
}

/** Per char code below 0x250: its folded code when that is one character, MULTIPLE (ß), or NONE (see FOLDED). */
const FOLDED_CODE = new Int32Array(FOLDED.length);
const MULTIPLE = -2;
const NONE = -1;
FOLDED.forEach((folded, code) => {
  FOLDED_CODE[code] = folded === '' ? NONE : folded.length === 1 ? folded.charCodeAt(0) : MULTIPLE;
});

/**
 * foldWord(text, start, end) written as character codes into `out` from `at`, for a caller that looks the key up
 * without making a string of it (the index, once per distinct spelling of the archive). Returns the key's length,
 * or -1 when the word holds a character only foldText folds (then foldWord gives the key). `out` needs room for
 * twice the word's length. The same pass as foldSlowly, which fold-word.test.ts checks against foldText.
 */
export function foldWordInto(text: string, start: number, end: number, out: Uint16Array, at: number): number {
  let n = at;
  let last = 0;
  let headFree = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x250 ? FOLDED_CODE[code]! : NONE;
    if (folded >= 0) {
      if (folded === 0x65 && headFree && isFoldHead(last)) {
        headFree = false;
        continue;
      }
      out[n++] = folded;
      last = folded;
      headFree = true;
      continue;
    }
    if (folded === NONE) return -1;
    const many = FOLDED[code]!;
    for (let k = 0; k < many.length; k++) out[n++] = many.charCodeAt(k);
    last = many.charCodeAt(many.length - 1);
    headFree = false;
  }
  return n - at;
}

function isFoldHead(lowerCode: number): boolean {
  return lowerCode === 0x61 || lowerCode === 0x6f || lowerCode === 0x75;
}

/**
 * The folded word built from slices of `text` between the characters folding changes, rather than a string grown
 * character by character: a word that needs this usually changes in one or two places ("Präsident", "neue"), and
 * appending each character allocated a new string per character, which made this the dearest part of a fold.
 */
function foldSlowly(text: string, start: number, end: number): string {
  let out = '';
  // Characters from `run` up to the current one fold to themselves and are still to be copied.
  let run = start;
  // Last character of the folded word so far, and whether it may still absorb an "e" (see below).
  let last = 0;
  // foldText replaces "ae", "oe", "ue" in non-overlapping passes: a vowel that just absorbed an "e" takes no other.
  let headFree = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x250 ? FOLDED[code] : undefined;
    if (folded === undefined || folded === '') return foldText(text.slice(start, end));
    if (folded === 'e' && headFree && isFoldHead(last)) {
      out += text.slice(run, i);
      run = i + 1;
      headFree = false;
      continue;
    }
    if (folded.length === 1 && folded.charCodeAt(0) === code) {
      last = code;
      headFree = true;
      continue;
    }
    out += text.slice(run, i) + folded;
    run = i + 1;
    last = folded.charCodeAt(folded.length - 1);
    headFree = folded.length === 1;
  }
  return out + text.slice(run, end);
}
