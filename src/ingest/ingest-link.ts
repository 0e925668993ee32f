import type { ArticleMeta } from '../corpus/article';
import type { ReloadReport } from '../reload/reload-report';
import { type FetchOptions, type FetchResult, fetchPage } from './fetch-page';
import type { IngestProblem } from './ingest-problem';
import { placeArticle, type Placement } from './place-article';
import { type Prepared, prepareArticle } from './prepare-article';
import { loadSeenItems, saveSeenItems, withSeenItems } from './seen-items';
import type { ArticleFileSystem } from './write-article-files';

export interface IngestDeps {
  dataDir: string;
  /** Where the record of stored articles (canonical URL and text hash by id) is kept, shared with the feeds. */
  stateDir: string;
  fetch: Partial<FetchOptions>;
  /** Puts what was written in service: the bot's validated, audited reload; the console's request to the bot. */
  reload: () => Promise<ReloadReport | null>;
  /** Whether the corpus in service holds this id after the reload. */
  inService: (id: string) => boolean;
  /** The file operations of the write (tests inject failures); Node's own by default. */
  fs?: ArticleFileSystem;
}

export type IngestResult =
  | {
      outcome: 'stored';
      /** What the write did to the data folder: a new article, a new version of one, or nothing. */
      change: 'added' | 'updated' | 'unchanged';
      id: string;
      meta: ArticleMeta;
      paragraphs: number;
      report: ReloadReport | null;
      serving: boolean;
    }
  /** Already in the archive under another address with the same text: nothing was written. */
  | { outcome: 'duplicate'; link: string; id: string; title: string }
  | { outcome: 'refused'; link: string; problem: IngestProblem };

/**
 * Fetch and extract: the files an article would be stored as, or why not. `fetched` says whether the page itself
 * arrived, so a caller can tell a page that will never be an article from a site that was down.
 */
export async function fetchArticle(
  link: string,
  fetch: Partial<FetchOptions>,
): Promise<Prepared & { fetched: boolean }> {
  return preparedFrom(await fetchPage(link, fetch));
}

function preparedFrom(page: FetchResult): Prepared & { fetched: boolean } {
  if (!page.ok) return { ok: false, problem: page.problem, fetched: false };
  return { ...prepareArticle(page.text, page.url), fetched: true };
}

/** Fetch, extract, check, write, reload: one link into the archive, or the reason it was not added. */
export async function ingestLink(link: string, deps: IngestDeps): Promise<IngestResult> {
  return ingestPage(link, await fetchPage(link, deps.fetch), deps);
}

/** ingestLink for a page already fetched (the console fetches once to tell a feed from a page). */
export async function ingestPage(link: string, page: FetchResult, deps: IngestDeps): Promise<IngestResult> {
  const prepared = preparedFrom(page);
  if (!prepared.ok) return { outcome: 'refused', link, problem: prepared.problem };
  const placed = await placeOnRecord(prepared, deps);
  if (placed.kind === 'failed') return { outcome: 'refused', link, problem: placed.problem };
  if (placed.kind === 'duplicate') return { outcome: 'duplicate', link, id: placed.id, title: placed.title };
  const { id } = placed.files;
  let report: ReloadReport | null = null;
  if (placed.kind !== 'unchanged' || !deps.inService(id)) {
    report = await deps.reload();
    // A reload that was already running when the files landed may have listed the folder before them.
    if (report?.joined && !deps.inService(id)) report = await deps.reload();
  }
  return {
    outcome: 'stored',
    change: placed.kind,
    id,
    meta: placed.files.meta,
    paragraphs: prepared.article.paragraphs.length,
    report,
    serving: deps.inService(id),
  };
}

/** placeArticle with the record read and saved around it, alone among this process's ingests and polls. */
export function placeOnRecord(
  prepared: Extract<Prepared, { ok: true }>,
  deps: Pick<IngestDeps, 'dataDir' | 'stateDir' | 'fs'>,
): Promise<Placement> {
  return withSeenItems(deps.stateDir, async () => {
    const { seen } = await loadSeenItems(deps.stateDir);
    const placed = await placeArticle(prepared, deps.dataDir, seen, deps.fs);
    if (placed.kind !== 'failed' && placed.kind !== 'duplicate') {
      // The article is stored either way; without the record, only a later copy by other means goes unrecognised.
      await saveSeenItems(deps.stateDir, seen).catch(() => undefined);
    }
    return placed;
  });
}
