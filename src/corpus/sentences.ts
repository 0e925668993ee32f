import { ABBREVIATIONS, BEFORE_NUMBER_ONLY, MAY_END_SENTENCE, SENTENCE_OPENERS } from './abbreviations';
import { isDigitCode, isSpaceCode, isUpperCode } from '../text/char-classes';
import { quoteSpans } from './quote-spans';

/** Marks that may trail a sentence end and still belong to it: `… enden.“` or `(… gestern.)`. */
const TRAILING_CLOSERS = '“”"»«’\')]';
/** Marks a word can sit behind, skipped when reading the word before a dot: `(5. November)`, `„Dr. …`. */
const WORD_OPENERS = '([{„“"»«‚‘\'';
/** What a new sentence may start with besides a capital letter or digit. */
const SENTENCE_START_MARKS = '„“"»«‚(["–-';
/**
 * A short parenthetical after a sentence end with no sentence inside it is a credit for that sentence:
 * `… in einer E-Mail. (AFP, dpa, Reuters)` or `… studiert haben. (pm)`.
 */
const MAX_CREDIT_LENGTH = 80;

const DOT = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const LINE_FEED = 0x0a;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** Membership in a string of single code units, as a lookup: these run for every candidate sentence end. */
function codeSet(chars: string): (code: number) => boolean {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return (code) => codes.has(code);
}
const isTerminator = (code: number): boolean =>
  code === DOT || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;
const isTrailingCloser = codeSet(TRAILING_CLOSERS);
const isWordOpener = codeSet(WORD_OPENERS);
const isSentenceStartMark = codeSet(SENTENCE_START_MARKS);

/** Where a sentence may end: a terminator, or a line break (a blank line always ends one). Shared, reset per call. */
const CANDIDATE = /[.!?…\n]/g;
const DAY_NUMBER = /^\d{1,2}$/;
const LONGEST_ABBREVIATION = Math.max(
  ...[...ABBREVIATIONS, ...MAY_END_SENTENCE, ...BEFORE_NUMBER_ONLY].map((word) => word.length),
);
const SINGLE_LETTER = /^\p{L}$/u;
const DOTTED_LETTER = /\.\p{L}$/u;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;

/**
 * Splits German prose into sentences. Every sentence is a verbatim slice of `text` with only surrounding
 * whitespace trimmed, because answers cite sentences word for word.
 *
 * The splitter errs towards keeping text together: a missed split shows a reporter one sentence too many,
 * a wrong split can cut a figure off from the words that qualify it. So a sentence end inside a quotation
 * does not split (the speaker named after the quote stays with the quoted words), and a dot after an
 * abbreviation, an initial or a day number ("5. November") does not split.
 *
 * Walks the text by code unit rather than with a regex and one-character strings: it runs over every character
 * of every article at start-up.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const quotes = quoteSpans(text);
  const length = text.length;
  let quote = 0;
  let start = 0;
  const candidate = CANDIDATE;
  candidate.lastIndex = 0;
  // test() rather than exec(): a candidate is one code unit, so lastIndex tells where it is, and no match array is
  // allocated for each of the millions of dots and line breaks at start-up.
  while (candidate.test(text)) {
    const at = candidate.lastIndex - 1;
    if (text.charCodeAt(at) === LINE_FEED) {
      if (isBlankLineBreak(text, at)) start = pushSentence(sentences, text, start, at);
      continue;
    }
    let end = at + 1;
    while (end < length && isTerminator(text.charCodeAt(end))) end++;
    const clusterEnd = end;
    while (end < length && isTrailingCloser(text.charCodeAt(end))) end++;

    candidate.lastIndex = end;
    // Candidates come in text order, so one pointer walks the quotations alongside.
    while (quote < quotes.length && (quotes[quote]?.close ?? 0) < at) quote++;
    const span = quotes[quote];
    if (span !== undefined && span.open < at && span.close >= end) continue;
    if (end < length && !isSpaceCode(text.charCodeAt(end))) continue;
    const next = skipSpace(text, end);
    if (next < length && isSentenceEnd(text, at, clusterEnd, next)) {
      const credit = attachCredit(text, next);
      start = pushSentence(sentences, text, start, credit === -1 ? end : credit);
      candidate.lastIndex = Math.max(end, start);
    }
  }
  pushSentence(sentences, text, start, length);
  return sentences;
}

/** Adds `text[start, end)` trimmed, unless nothing is left; returns where the next sentence starts. */
function pushSentence(sentences: string[], text: string, start: number, end: number): number {
  if (end <= start) return start;
  // Trimmed by bounds and sliced once: the same whitespace as String.prototype.trim, one string instead of two.
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (to > from) sentences.push(text.slice(from, to));
  return end;
}

/** Whether the terminator cluster `text[at, clusterEnd)` ends a sentence whose successor starts at `next`. */
function isSentenceEnd(text: string, at: number, clusterEnd: number, next: number): boolean {
  const following = text.charCodeAt(next);
  if (!isUpperCode(following) && !isDigitCode(following) && !isSentenceStartMark(following)) return false;
  for (let p = at; p < clusterEnd; p++) {
    const code = text.charCodeAt(p);
    if (code === EXCLAMATION || code === QUESTION) return true;
  }
  if (clusterEnd - at !== 1 || text.charCodeAt(at) !== DOT) {
    // An ellipsis after a space or bracket marks left-out words ("[…]", "sagte … dann"), not an end.
    if (at === 0) return false;
    const before = text.charCodeAt(at - 1);
    return !isSpaceCode(before) && !isWordOpener(before) && isUpperCode(following);
  }
  const word = wordBefore(text, at);
  // Most dots end an ordinary, longer word: the length checks skip look-ups and patterns that cannot match it.
  const length = word.length;
  // "am 5. November", "der 2. Weltkrieg"
  if (length <= 2 && DAY_NUMBER.test(word)) return SENTENCE_OPENERS.has(wordAt(text, next));
  if (length <= LONGEST_ABBREVIATION) {
    if (MAY_END_SENTENCE.has(word)) return SENTENCE_OPENERS.has(wordAt(text, next));
    if (ABBREVIATIONS.has(word)) return false;
    if (BEFORE_NUMBER_ONLY.has(word)) return !isDigitCode(following);
  }
  // Initials ("Antony J. Blinken") and the letters of spaced abbreviations ("z. B.", "u. a.", "v. Chr."); a letter
  // may be two code units, so the dot stands second or third from the end.
  if (length <= 2 && SINGLE_LETTER.test(word)) return false;
  const dotted = word.charCodeAt(length - 2) === DOT || word.charCodeAt(length - 3) === DOT;
  if (dotted && DOTTED_LETTER.test(word)) return false;
  return word !== '';
}

/**
 * The word that ends at `at` (exclusive), without the brackets and quotes around it:
 * `(5` → `5`, `Kursk-Befreiung“` → `Kursk-Befreiung`, `z.B` stays.
 */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to > from && isTrailingCloser(text.charCodeAt(to - 1))) to--;
  while (from < to && isWordOpener(text.charCodeAt(from))) from++;
  return text.slice(from, to);
}

function wordAt(text: string, from: number): string {
  const match = LEADING_WORD.exec(text.slice(from, from + 40));
  return match?.[0] ?? '';
}

function skipSpace(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

/** A line break followed (after spaces) by another: a paragraph break is always a sentence boundary. */
function isBlankLineBreak(text: string, at: number): boolean {
  for (let p = at + 1; p < text.length; p++) {
    const code = text.charCodeAt(p);
    if (code === LINE_FEED) return true;
    if (!isSpaceCode(code)) return false;
  }
  return false;
}

/**
 * If a short credit parenthetical starts at `open`, the index just after it when a new sentence or the end follows;
 * -1 otherwise.
 */
function attachCredit(text: string, open: number): number {
  if (text.charCodeAt(open) !== OPEN_PAREN) return -1;
  const limit = Math.min(text.length, open + MAX_CREDIT_LENGTH);
  for (let p = open + 1; p < limit; p++) {
    const code = text.charCodeAt(p);
    if (code === CLOSE_PAREN) return p + 1 === text.length || isSpaceCode(text.charCodeAt(p + 1)) ? p + 1 : -1;
    if (code === LINE_FEED || isTerminator(code) || code === OPEN_PAREN) return -1;
  }
  return -1;
}
