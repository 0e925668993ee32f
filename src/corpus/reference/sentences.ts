import { ABBREVIATIONS, BEFORE_NUMBER_ONLY, MAY_END_SENTENCE, SENTENCE_OPENERS } from './abbreviations';
import { quoteSpans } from './quote-spans';

const TERMINATORS = '.!?…';
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

const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII first: almost every call is a plain letter, space or line break.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/u.test(c);
};
const isUpper = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /\p{Lu}/u.test(c);
};
const isDigit = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return /\p{Nd}/u.test(c);
};

/**
 * Splits German prose into sentences. Every sentence is a verbatim slice of `text` with only surrounding
 * whitespace trimmed, because answers cite sentences word for word.
 *
 * The splitter errs towards keeping text together: a missed split shows a reporter one sentence too many,
 * a wrong split can cut a figure off from the words that qualify it. So a sentence end inside a quotation
 * does not split (the speaker named after the quote stays with the quoted words), and a dot after an
 * abbreviation, an initial or a day number ("5. November") does not split.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const quotes = quoteSpans(text);
  let quote = 0;
  let start = 0;
  const push = (end: number): void => {
    if (end <= start) return;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  };

  const candidate = /[.!?…\n]/g;
  let match: RegExpExecArray | null;
  while ((match = candidate.exec(text)) !== null) {
    const i = match.index;
    if (match[0] === '\n') {
      if (isBlankLineBreak(text, i)) push(i);
      continue;
    }
    let end = i;
    while (end < text.length && TERMINATORS.includes(text[end] ?? '')) end++;
    const cluster = text.slice(i, end);
    while (end < text.length && TRAILING_CLOSERS.includes(text[end] ?? '')) end++;

    candidate.lastIndex = end;
    // Candidates come in text order, so one pointer walks the quotations alongside.
    while (quote < quotes.length && (quotes[quote]?.close ?? 0) < i) quote++;
    const span = quotes[quote];
    if (span !== undefined && span.open < i && span.close >= end) continue;
    if (end < text.length && !isSpace(text[end])) continue;
    const next = skipSpace(text, end);
    if (next < text.length && isSentenceEnd(text, i, cluster, next)) {
      push(attachCredit(text, next) ?? end);
      candidate.lastIndex = Math.max(end, start);
    }
  }
  push(text.length);
  return sentences;
}

function isSentenceEnd(text: string, at: number, cluster: string, next: number): boolean {
  const following = text[next];
  if (!isUpper(following) && !isDigit(following) && !SENTENCE_START_MARKS.includes(following ?? '')) return false;
  if (/[!?]/.test(cluster)) return true;
  const before = text[at - 1];
  if (cluster !== '.') {
    // An ellipsis after a space or bracket marks left-out words ("[…]", "sagte … dann"), not an end.
    return before !== undefined && !isSpace(before) && !WORD_OPENERS.includes(before) && isUpper(following);
  }
  const word = wordBefore(text, at);
  if (/^\d{1,2}$/.test(word)) return SENTENCE_OPENERS.has(wordAt(text, next)); // "am 5. November", "der 2. Weltkrieg"
  if (MAY_END_SENTENCE.has(word)) return SENTENCE_OPENERS.has(wordAt(text, next));
  if (ABBREVIATIONS.has(word)) return false;
  if (BEFORE_NUMBER_ONLY.has(word)) return !isDigit(following);
  // Initials ("Antony J. Blinken") and the letters of spaced abbreviations ("z. B.", "u. a.", "v. Chr.").
  if (/^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)) return false;
  return word !== '';
}

/**
 * The word that ends at `at` (exclusive), without the brackets and quotes around it:
 * `(5` → `5`, `Kursk-Befreiung“` → `Kursk-Befreiung`, `z.B` stays.
 */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  let to = at;
  while (to > from && TRAILING_CLOSERS.includes(text[to - 1] ?? '')) to--;
  while (from < to && WORD_OPENERS.includes(text[from] ?? '')) from++;
  return text.slice(from, to);
}

function wordAt(text: string, from: number): string {
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(from, from + 40));
  return match?.[0] ?? '';
}

function skipSpace(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text[p])) p++;
  return p;
}

/** A line break followed (after spaces) by another: a paragraph break is always a sentence boundary. */
function isBlankLineBreak(text: string, at: number): boolean {
  let p = at + 1;
  while (p < text.length && text[p] !== '\n' && isSpace(text[p])) p++;
  return text[p] === '\n';
}

/** If a short credit parenthetical starts at `open`, the index just after it when a new sentence or the end follows. */
function attachCredit(text: string, open: number): number | undefined {
  if (text[open] !== '(') return undefined;
  const limit = Math.min(text.length, open + MAX_CREDIT_LENGTH);
  for (let p = open + 1; p < limit; p++) {
    const c = text[p];
    if (c === ')') return p + 1 === text.length || isSpace(text[p + 1]) ? p + 1 : undefined;
    if (c === undefined || c === '\n' || TERMINATORS.includes(c) || c === '(') return undefined;
  }
  return undefined;
}
