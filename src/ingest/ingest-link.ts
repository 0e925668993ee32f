import type { ArticleMeta } from '../corpus/article';
import type { ReloadReport } from '../reload/reload-report';
import { type FetchOptions, fetchPage } from './fetch-page';
import { type Prepared, prepareArticle } from './prepare-article';
import { writeArticleFiles } from './write-article-files';

export interface IngestDeps {
  dataDir: string;
  fetch: Partial<FetchOptions>;
  /** Puts what was written in service: the bot's validated, audited reload; the console's request to the bot. */
  reload: () => Promise<ReloadReport | null>;
  /** Whether the corpus in service holds this id after the reload. */
  inService: (id: string) => boolean;
}

export type IngestResult =
  | { ok: true; id: string; meta: ArticleMeta; paragraphs: number; report: ReloadReport | null; serving: boolean }
  | { ok: false; link: string; reason: string };

/**
 * Fetch and extract: the files an article would be stored as, or why not. `fetched` says whether the page itself
 * arrived, so a caller can tell a page that will never be an article from a site that was down.
 */
export async function fetchArticle(link: string, fetch: Partial<FetchOptions>): Promise<Prepared & { fetched: boolean }> {
  const page = await fetchPage(link, fetch);
  if (!page.ok) return { ok: false, reason: page.reason, fetched: false };
  return { ...prepareArticle(page.text, page.url), fetched: true };
}

/** Fetch, extract, check, write, reload: one link into the archive, or the reason it was not added. */
export async function ingestLink(link: string, deps: IngestDeps): Promise<IngestResult> {
  const prepared = await fetchArticle(link, deps.fetch);
  if (!prepared.ok) return { ok: false, link, reason: prepared.reason };
  try {
    await writeArticleFiles(deps.dataDir, prepared.files);
  } catch (error) {
    return { ok: false, link, reason: `the article could not be saved (${error instanceof Error ? error.message : String(error)})` };
  }
  let report = await deps.reload();
  // A reload that was already running when the files landed may have listed the folder before them.
  if (report?.joined && !deps.inService(prepared.files.id)) report = await deps.reload();
  return {
    ok: true,
    id: prepared.files.id,
    meta: prepared.files.meta,
    paragraphs: prepared.article.paragraphs.length,
    report,
    serving: deps.inService(prepared.files.id),
  };
}
