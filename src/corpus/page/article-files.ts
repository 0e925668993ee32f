import { createHash } from 'node:crypto';
import { type ArticleMeta, ArticleMetaSchema } from '../article';
import { isSafeArticleId } from '../article-id';
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
function ingestedArticleId(outlet: string, canonicalUrl: string): string {
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

/** The outlet a citation names: the page's own name for itself, else the host of its address, else unknown. */
function outletOf(metadata: PageMetadata): string | null {
  return (
    metadata.outlet ?? (metadata.canonicalUrl ? new URL(metadata.canonicalUrl).hostname.replace(/^www\./, '') : null)
  );
}

/** The metadata file's content for a page: what the page says about itself, in the desk's format. */
export function pageArticleMeta(metadata: PageMetadata, blocks: readonly ExtractedBlock[]): ArticleMeta {
  const outlet = outletOf(metadata);
  const title = metadata.title ?? blocks[0]?.text ?? '';
  return ArticleMetaSchema.parse({
    ...(outlet ? { outlet: outlet.slice(0, 200) } : {}),
    ...(metadata.canonicalUrl ? { url: metadata.canonicalUrl } : {}),
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(title ? { title: title.slice(0, 500) } : {}),
    ...standfirstOf(metadata.description, title, blocks),
  });
}

/** Shorter than this, a description is a label ("Hamburg", "Video"), not a teaser of the story. */
const MIN_STANDFIRST = 30;
const MAX_STANDFIRST = 1000;

/**
 * The page's own summary (JSON-LD description, og:description, else Readability's excerpt) as the article's
 * standfirst, when it is a lead of its own: not a label, not the headline again, and not a repeat or the start of
 * a paragraph the text already holds (Readability's excerpt without a description is the first paragraph).
 */
function standfirstOf(
  description: string | null,
  title: string,
  blocks: readonly ExtractedBlock[],
): { standfirst?: string } {
  const text = description?.trim() ?? '';
  if (text.length < MIN_STANDFIRST || text.length > MAX_STANDFIRST || text === title) return {};
  const stem = text.replace(/\s*(…|\.\.\.)$/, '');
  if (blocks.slice(0, 3).some((block) => block.text.includes(stem))) return {};
  return { standfirst: text };
}

/**
 * The headline on the first line and each block as its own paragraph, blank lines between: the layout the loader
 * reads a scraped page in, so an extracted article is cleaned and cited like any other.
 */
export function pageArticleText(meta: ArticleMeta, blocks: readonly ExtractedBlock[]): string {
  return `${[meta.title ?? '', ...blocks.map((block) => block.text)].filter(Boolean).join('\n\n')}\n`;
}

/** The files for a fetched page, whose address stands in for a canonical URL it does not name. */
export function articleFiles(
  metadata: PageMetadata & { canonicalUrl: string },
  blocks: readonly ExtractedBlock[],
): ArticleFilesToWrite {
  const meta = pageArticleMeta(metadata, blocks);
  const id = ingestedArticleId(meta.outlet ?? 'web', metadata.canonicalUrl);
  return { id, text: pageArticleText(meta, blocks), meta };
}
