const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text[i]` is a letter or digit of any script (/[\p{L}\p{N}]/u on that one code unit; false past the end).
 * The number reader asks this for every character of every word its patterns stop at; ASCII is decided here, and
 * only other characters pay for a one-character string and a Unicode pattern.
 */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return LETTER_OR_DIGIT.test(text[i] ?? '');
}
