import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from './article';
import { contentHash, contentHashOfBytes } from './build-article';
import { decodeArticleText } from './decode-text';

// The loader hashes a file's bytes instead of its decoded text; a reload compares the hashes with the ones from
// before, so both must agree for every file the loader accepts.

const ARTICLES_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const REAL = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(ARTICLES_DIR + name));

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const withBom = (bytes: Uint8Array): Uint8Array => Uint8Array.from([...BOM, ...bytes]);

function expectSameHash(bytes: Uint8Array, meta?: ArticleMeta): void {
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  expect(contentHashOfBytes(bytes, meta)).toBe(contentHash(decoded.text, meta));
}

describe('contentHashOfBytes equals contentHash of the decoded text', () => {
  it.each(REAL.map((bytes, index) => [index, bytes] as const))(
    'bundled article %i, with and without metadata',
    (_, bytes) => {
      expectSameHash(bytes);
      expectSameHash(bytes, { outlet: 'Tagesschau', published: '2025-04-28' });
      expectSameHash(withBom(bytes));
    },
  );

  it.each([
    ['typographic marks and umlauts', '„Größer“ – sagt er …\r\n'],
    ['a literal replacement character', 'Das Zeichen \uFFFD steht hier wirklich.'],
    ['astral characters', 'Emoji 😀 und 𝐀'],
    ['text that starts like a BOM but is not one', '\u00ef\u00bb\u00bf Text'],
  ])('%s', (_, text) => {
    expectSameHash(encode(text));
    expectSameHash(withBom(encode(text)));
  });

  it('strips only the one BOM the decoder strips', () => {
    expectSameHash(withBom(withBom(encode('Text mit zwei BOMs'))));
  });
});
