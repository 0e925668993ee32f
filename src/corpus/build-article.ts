import { createHash } from 'node:crypto';
import type { Article, ArticleMeta, Paragraph } from './article';
import { cleanScrapedText } from './clean';
import { splitSentences } from './sentences';

const DEFAULT_LANGUAGE = 'de';

/**
 * Builds a citable article from a scraped file: furniture dropped, paragraphs numbered 1… in reading order,
 * sentences split verbatim. Metadata from the desk wins over what the text suggests; the outlet is only ever
 * taken from metadata, since guessing it from page boilerplate would put words in an outlet's mouth.
 */
export function buildArticle(id: string, raw: string, meta?: ArticleMeta): Article {
  const cleaned = cleanScrapedText(raw);
  const paragraphs: Paragraph[] = [];
  for (const block of cleaned.blocks) {
    const sentences = splitSentences(block.text);
    if (sentences.length === 0) continue;
    paragraphs.push({ number: paragraphs.length + 1, text: block.text, sentences, heading: block.heading });
  }
  return {
    id,
    title: meta?.title ?? cleaned.title,
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    published: meta?.published ?? cleaned.published,
    language: meta?.language ?? DEFAULT_LANGUAGE,
    paragraphs,
    contentHash: contentHash(raw, meta),
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
