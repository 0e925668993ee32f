const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER.test(text[i] ?? '');
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x202f;
}

/** The word right before `end` and where it starts, lower-cased for comparing with word lists. */
export interface WordBefore {
  word: string;
  start: number;
}

/**
 * The word ending just before `end`, over spaces (and a comma, when `overComma`: "April, 2025"). An abbreviation
 * keeps its full stop ("ca.", "Nr."). Walking back a word at a time is what lets the number reader check what
 * precedes a number without running patterns over the whole sentence.
 */
export function wordBefore(text: string, end: number, overComma = false): WordBefore | null {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (overComma && text[i - 1] === ',') {
    i--;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
  const wordEnd = i;
  if (text[i - 1] === '.') i--;
  const lettersEnd = i;
  while (i > 0 && isLetter(text, i - 1)) i--;
  if (i === lettersEnd) return text[i - 1] === '§' ? { word: '§', start: i - 1 } : null;
  return { word: text.slice(i, wordEnd).toLowerCase(), start: i };
}
