import type { ArticleMeta } from '../article';
import { pageArticleMeta, pageArticleText } from './article-files';
import { decodeBody } from './decode-body';
import { extractArticle } from './extract-article';

export type SavedPage = { ok: true; raw: string; meta: ArticleMeta } | { ok: false; reason: string };

/**
 * A page a desk saved into `articles/` as `.html` ("Save page as"), read as /ingest reads a fetched one: the
 * article's text in the loader's layout and what the page says about itself. With no HTTP header, the charset is
 * the page's own `<meta charset>`, else UTF-8.
 */
export function readSavedPage(bytes: Uint8Array): SavedPage {
  const extraction = extractArticle(decodeBody(bytes, ''), null);
  if (!extraction.ok) return extraction;
  const meta = pageArticleMeta(extraction.metadata, extraction.blocks);
  return { ok: true, raw: pageArticleText(meta, extraction.blocks), meta };
}
