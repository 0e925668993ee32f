import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isQuotedAt, quotedMask, quotedSpans } from './quoted-mask';

const ARTICLES = join(import.meta.dirname, '../../data/articles');

// The per-character mask attribution used before it switched to ranges, kept verbatim as the reference.
const CLOSERS: Readonly<Record<string, string>> = { '„': '“”', '»': '«', '“': '”', '"': '"' };
function referenceMask(sentence: string): Uint8Array {
  const mask = new Uint8Array(sentence.length);
  let from = 0;
  const open0 = sentence.search(/[„»"]/);
  const close0 = sentence.search(/[“”«]/);
  let stray = close0 === -1 || (open0 !== -1 && open0 < close0) ? -1 : close0;
  if (stray !== -1 && sentence[stray] === '“' && sentence.indexOf('”', stray + 1) !== -1) stray = -1;
  if (stray !== -1) {
    mask.fill(1, 0, stray);
    from = stray + 1;
  }
  const opener = /[„»“"]/g;
  opener.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(sentence)) !== null) {
    const open = match.index;
    let close = -1;
    for (const mark of CLOSERS[match[0]] ?? '') {
      const at = sentence.indexOf(mark, open + 1);
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1) break;
    mask.fill(1, open + 1, close);
    opener.lastIndex = close + 1;
  }
  return mask;
}

function expectSameAsReference(sentence: string): void {
  const reference = referenceMask(sentence);
  expect(quotedMask(sentence)).toEqual(reference);
  const spans = quotedSpans(sentence);
  const quoted = Array.from({ length: sentence.length + 1 }, (_, i) => isQuotedAt(spans, i));
  expect(quoted).toEqual(Array.from({ length: sentence.length + 1 }, (_, i) => reference[i] === 1));
}

/** Deterministic pseudo-random text dense in quotation marks (mulberry32). */
function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'b', ' ', ',', '„', '“', '”', '»', '«', '"', 'K', 'ü'];
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    text += alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length];
  }
  return text;
}

describe('quotedSpans marks exactly what the per-character mask did', () => {
  it.each([
    '„Wir kämpfen“, sagte er.',
    '…“, schrieb ein Sprecher.',
    'Er sagte: “yes” und „ja”.',
    '»Nie«, so Putin.',
    'Ein "offenes Zitat ohne Ende',
    '“Erst englisch”, dann „deutsch“.',
    '',
    '“',
    '„“',
    'a“b„c“d',
  ])('%s', (sentence) => expectSameAsReference(sentence));

  it('on every line of the bundled articles', () => {
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(ARTICLES, file), 'utf8');
      // Whole lines: longer than sentences, with quotations running across sentence ends.
      for (const line of text.split('\n')) expectSameAsReference(line);
    }
  });

  it('on random text full of quotation marks', () => {
    for (let seed = 1; seed <= 2000; seed++) expectSameAsReference(randomText(seed, 1 + (seed % 60)));
  });
});
