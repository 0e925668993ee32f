import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean';
import { splitLines } from './lines';
import { datelineDate, findFullDate } from './published-date';
import { quoteSpans } from './quote-spans';
import * as reference from './reference/clean';
import { splitLines as referenceSplitLines } from './reference/lines';
import * as referenceDates from './reference/published-date';
import { quoteSpans as referenceQuoteSpans } from './reference/quote-spans';
import { splitSentences as referenceSplitSentences } from './reference/sentences';
import { splitSentences } from './sentences';

// The cleaner and splitters were rewritten for load speed (code-unit scans instead of regexes and one-character
// strings). Citations must not move by a character, so the fast code is held to the plain reference copy.

const ARTICLES_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const REAL = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(ARTICLES_DIR + name, 'utf8'));

// Every mark the rules look at, the whitespace JS trims (\u00a0, \u1680, \u2000, \u202f, \u3000, \ufeff), line
// breaks of every kind, non-ASCII capitals and digits, a letter outside the BMP and lone surrogates.
const FRAGMENTS = [
  'Nordkorea', 'hat', 'rund', '11.000', 'Soldaten', 'entsandt.', 'z. B.', 'z.B.', 'u. a.', 'Dr.', 'Art.', 'Art', '5.', '12.',
  'November', '(5. November)', 'Nov.', 'usw.', 'Die', 'Der', 'er', 'Ägypten', 'Ölpreis', 'ölig', '٣', 'Ⅻ', '𝐀', '\ud800', '\udc00',
  '„Wir', 'kommen“,', 'sagte', 'Kim.', '"Nein."', '»Ja«', '«Oui»', '“so”', '‚ein‘', '’', "'", '…', '...', '[…]', '?', '!', '?!',
  '.“', '.)', '(AFP, dpa)', '(pm)', '(', ')', '[', ']', '–', '-', '©', 'IMAGO', 'Bildquelle:', 'Politik', 'Update', 'Stand:',
  '28.04.2025', '28. April, 2025', '2025-04-28', '  • ', '- ', '1.', '2.', 'Startseite', 'showPaywall:', 'false',
  'console.debug({})', 'Zur Startseite', 'Auch interessant', 'Details', 'Vorfall', 'Was müssen Sie wissen?', 'Von Anna Berg',
  '\n', '\n', '\n\n', '\r\n', '\r', '\n \n', '\u00a0', '\u1680', '\u2000', '\u202f', '\u3000', '\ufeff', '\t', ' ', ' ', ' ',
];

/** A small deterministic generator, so a failure reproduces from its seed. */
function randomText(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const parts: string[] = [];
  const length = 5 + Math.floor(next() * 400);
  for (let i = 0; i < length; i++) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? ' ');
  return parts.join(next() < 0.5 ? ' ' : '');
}

const RANDOM = Array.from({ length: 1500 }, (_, i) => randomText(i + 1));

function expectSame(text: string): void {
  expect(splitLines(text)).toEqual(referenceSplitLines(text));
  expect(quoteSpans(text)).toEqual(referenceQuoteSpans(text));
  expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
  for (const line of text.split(/\r\n|\r|\n/u)) {
    expect(findFullDate(line)).toBe(referenceDates.findFullDate(line));
    expect(datelineDate(line)).toBe(referenceDates.datelineDate(line));
  }
  const cleaned = cleanScrapedText(text);
  expect(cleaned).toEqual(reference.cleanScrapedText(text));
  for (const block of cleaned.blocks) expect(splitSentences(block.text)).toEqual(referenceSplitSentences(block.text));
}

describe('the fast cleaner and splitters agree with the reference implementation', () => {
  it.each(REAL.map((text, index) => [index, text] as const))('bundled article %i', (_, text) => {
    expectSame(text);
    // Each line and paragraph on its own too, so a difference shows where the whole-file comparison would not.
    for (const line of text.split('\n')) expectSame(line);
  });

  it('random text', () => {
    for (const text of RANDOM) expectSame(text);
  });

  it('edge cases', () => {
    for (const text of ['', ' ', '\n', '\r', '\r\n', '\n\r', '.', '. A', 'a. A', '…', '(', '„', '"', '\ud800', 'A.\n\nB']) {
      expectSame(text);
    }
  });
});
