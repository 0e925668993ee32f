import { createHash } from 'node:crypto';
import { type ArticleMeta, ArticleMetaSchema } from '../corpus/article';
import { isSafeArticleId } from '../corpus/article-id';
import type { ExtractedBlock } from './extract-article';
import type { PageMetadata } from './page-metadata';

/** The two files an ingested article is stored as, exactly as a desk editor would have written them. */
export interface ArticleFilesToWrite {
  id: string;
  text: string;
  meta: ArticleMeta;
}

const MAX_OUTLET_SLUG = 40;

/**
 * `<outlet>_<16 hex of the canonical URL's hash>`: readable in citations and autocomplete, and the same id for
 * the same article however it was reached, so fetching it again replaces it rather than adding a copy.
 */
export function ingestedArticleId(outlet: string, canonicalUrl: string): string {
  const slug =
    outlet
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_OUTLET_SLUG)
      .replace(/-+$/, '') || 'web';
  const id = `${slug}_${createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16)}`;
  if (!isSafeArticleId(id)) throw new Error(`unsafe article id ${id}`);
  return id;
}

/** The outlet a citation names: the page's own name for itself, else the host it was fetched from. */
export function outletOf(metadata: PageMetadata): string {
  return metadata.outlet ?? new URL(metadata.canonicalUrl).hostname.replace(/^www\./, '');
}

/**
 * The headline on the first line and each block as its own paragraph, blank lines between: the layout the loader
 * reads a scraped page in, so an ingested article is cleaned and cited like any other.
 */
export function articleFiles(metadata: PageMetadata, blocks: readonly ExtractedBlock[]): ArticleFilesToWrite {
  const outlet = outletOf(metadata);
  const title = metadata.title ?? blocks[0]?.text ?? '';
  const meta = ArticleMetaSchema.parse({
    outlet: outlet.slice(0, 200),
    url: metadata.canonicalUrl,
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(title ? { title: title.slice(0, 500) } : {}),
  });
  const text = [title, ...blocks.map((block) => block.text)].filter(Boolean).join('\n\n');
  return { id: ingestedArticleId(outlet, metadata.canonicalUrl), text: `${text}\n`, meta };
}
