import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article';

/**
 * A fingerprint of an article's reporting that the same story keeps on its AMP, mobile or syndicated copy: the
 * running-text paragraphs only (crossheads and headlines are what such copies change), Unicode-normalised, case
 * and spacing folded, typographic quotes and dashes made plain.
 */
export function articleTextHash(article: Pick<Article, 'paragraphs'>): string {
  const text = article.paragraphs
    .filter((p) => !p.heading)
    .map((p) => p.text)
    .join('\n')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[„“”«»"]/g, '"')
    .replace(/[‚‘’‹›']/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(text).digest('hex');
}
