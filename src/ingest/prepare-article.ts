import type { Article } from '../corpus/article';
import { buildArticle } from '../corpus/build-article';
import { type ArticleFilesToWrite, articleFiles } from '../corpus/page/article-files';
import { extractArticle } from '../corpus/page/extract-article';
import type { IngestProblem } from './ingest-problem';
import { withoutTracking } from './tracking-params';

export interface PreparedArticle {
  files: ArticleFilesToWrite;
  article: Article;
}

export type Prepared = ({ ok: true } & PreparedArticle) | { ok: false; problem: IngestProblem };

/**
 * A fetched page made into the files to store, checked the way the loader will read them: a page whose text the
 * loader would reject as furniture is refused now, with the reason, rather than written and then reported as a
 * bad file at the next reload.
 */
export function prepareArticle(html: string, pageUrl: string): Prepared {
  const extraction = extractArticle(html, pageUrl);
  if (!extraction.ok) return { ok: false, problem: extraction.problem };
  // A page naming no canonical URL is known by the address it came from, less how the reader got there.
  const canonicalUrl = extraction.metadata.canonicalUrl ?? withoutTracking(pageUrl);
  const files = articleFiles({ ...extraction.metadata, canonicalUrl }, extraction.blocks);
  const article = buildArticle(files.id, files.text, files.meta);
  if (article.paragraphs.length === 0) return { ok: false, problem: { kind: 'no-reporting' } };
  return { ok: true, files, article };
}
