/**
 * Character classes by UTF-16 code unit, for scanners that walk text with charCodeAt instead of regexes and
 * one-character strings (the splitters and the number reader run over every character of every article).
 *
 * Each answer is exactly what its Unicode pattern gives for that one code unit (so a lone surrogate is never a
 * letter): ASCII is decided inline, anything else is asked of the pattern once and remembered.
 */

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

function classifier(pattern: RegExp, ascii: (code: number) => boolean): (code: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (code) => {
    if (code < 0x80) return ascii(code);
    if (code > 0xffff || Number.isNaN(code)) return false; // NaN: charCodeAt past the end
    let state = known[code];
    if (state === UNKNOWN) {
      state = pattern.test(String.fromCharCode(code)) ? YES : NO;
      known[code] = state;
    }
    return state === YES;
  };
}

/** `/\s/u`: the same set String.prototype.trim strips. */
export const isSpaceCode = classifier(/\s/u, (code) => code === 0x20 || (code >= 0x09 && code <= 0x0d));
export const isUpperCode = classifier(/\p{Lu}/u, (code) => code >= 0x41 && code <= 0x5a);
export const isDigitCode = classifier(/\p{Nd}/u, (code) => code >= 0x30 && code <= 0x39);

const isLetterOrDigitCode = classifier(
  /[\p{L}\p{N}]/u,
  (code) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a),
);

/**
 * Whether `text[i]` is a letter or digit of any script (/[\p{L}\p{N}]/u on that one code unit; false past the end).
 * The number reader asks this for every character of every word its patterns stop at.
 */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  return isLetterOrDigitCode(text.charCodeAt(i));
}
