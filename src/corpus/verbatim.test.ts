import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean';
import { splitSentences } from './sentences';

// Fragments that stress the rules: abbreviations, quotes (some unbalanced), credits, bullets, furniture, dates.
const FRAGMENTS = [
  'Nordkorea',
  'hat',
  'rund',
  '11.000',
  'Soldaten',
  'entsandt.',
  'z. B.',
  'u. a.',
  'Dr.',
  '5.',
  'November',
  '(5. November)',
  '„Wir',
  'kommen“,',
  'sagte',
  'Kim.',
  '"Nein."',
  '»Ja«',
  '…',
  '[…]',
  '?',
  '!',
  '(AFP, dpa)',
  '(pm)',
  '©',
  'IMAGO',
  'Bildquelle:',
  'Politik',
  'Update',
  'Stand:',
  '28.04.2025',
  '28. April, 2025',
  '  • ',
  '1.',
  'Startseite',
  'showPaywall:',
  'false',
  'console.debug({})',
  'Zur Startseite',
  'Auch interessant',
  'Details',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  ' ',
  ' ',
];

/** A small deterministic generator, so a failure reproduces from its seed. */
function randomText(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const parts: string[] = [];
  const length = 20 + Math.floor(next() * 300);
  for (let i = 0; i < length; i++) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? ' ');
  return parts.join(next() < 0.5 ? ' ' : '');
}

const squash = (text: string): string => text.replace(/\s+/gu, '');

describe('verbatim guarantees on arbitrary input', () => {
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('seed %i: nothing invented, nothing lost', (seed) => {
    const raw = randomText(seed);
    const cleaned = cleanScrapedText(raw);
    let from = 0;
    for (const block of cleaned.blocks) {
      const at = raw.indexOf(block.text, from);
      expect(at, 'block is a verbatim slice of the raw text, in order').toBeGreaterThanOrEqual(0);
      from = at + block.text.length;

      const sentences = splitSentences(block.text);
      let cursor = 0;
      for (const sentence of sentences) {
        expect(sentence).toBe(sentence.trim());
        const found = block.text.indexOf(sentence, cursor);
        expect(found, 'sentence is a verbatim slice of its block, in order').toBeGreaterThanOrEqual(cursor);
        cursor = found + sentence.length;
      }
      // Splitting only ever cuts at whitespace: every character of the block is in some sentence.
      expect(squash(sentences.join(''))).toBe(squash(block.text));
    }
  });
});
