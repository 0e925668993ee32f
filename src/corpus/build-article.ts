import { createHash } from 'node:crypto';
import type { Article, ArticleMeta, Paragraph } from './article';
import { cleanScrapedText } from './clean';
import { ownCopy } from './own-copy';
import { splitSentences } from './sentences';

const DEFAULT_LANGUAGE = 'de';

/**
 * Builds a citable article from a scraped file: furniture dropped, paragraphs numbered 1… in reading order,
 * sentences split verbatim. Metadata from the desk wins over what the text suggests; the outlet is only ever
 * taken from metadata, since guessing it from page boilerplate would put words in an outlet's mouth.
 * `hash`, when the caller has it from the file's bytes, must equal `contentHash(raw, meta)` (see contentHashOfBytes).
 */
export function buildArticle(id: string, raw: string, meta?: ArticleMeta, hash?: string): Article {
  const cleaned = cleanScrapedText(raw);
  const paragraphs: Paragraph[] = [];
  for (const block of cleaned.blocks) {
    // Copied before splitting (see own-copy.ts): a raw file with a single „ is two bytes a character throughout,
    // and the analysis reads a one-byte copy of a Latin-1 paragraph faster than its slice of such a file (DESIGN.md
    // has the measurement). The Article itself lives only until
    // it is analysed, indexed and packed for storage (see storeArticle).
    const text = ownCopy(block.text);
    const sentences = splitSentences(text);
    if (sentences.length === 0) continue;
    paragraphs.push({ number: paragraphs.length + 1, text, sentences, heading: block.heading });
  }
  return {
    id,
    title: meta?.title ?? ownCopy(cleaned.title),
    ...(meta?.standfirst !== undefined && { standfirst: meta.standfirst }),
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    published: meta?.published ?? cleaned.published,
    language: meta?.language ?? DEFAULT_LANGUAGE,
    paragraphs,
    contentHash: hash ?? contentHash(raw, meta),
  };
}

/** Changes whenever the file or its metadata does, so a reload re-indexes exactly the articles that changed. */
export function contentHash(raw: string, meta?: ArticleMeta): string {
  return createHash('sha1')
    .update(raw)
    .update('\u0000')
    .update(JSON.stringify(meta ?? null))
    .digest('hex');
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * `contentHash` of a file from its bytes, for a file `decodeArticleText` accepted: such a file is valid UTF-8
 * (or decoding would have failed), so its text encodes back to exactly its bytes without the one BOM the decoder
 * drops. Hashing the bytes skips encoding every raw file back to UTF-8 at load.
 */
export function contentHashOfBytes(bytes: Uint8Array, meta?: ArticleMeta): string {
  const bom = bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
  return createHash('sha1')
    .update(bom ? bytes.subarray(3) : bytes)
    .update('\u0000')
    .update(JSON.stringify(meta ?? null))
    .digest('hex');
}
