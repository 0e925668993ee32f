import type { ReloadReport } from '../reload/reload-report';
import { FEED_TYPES, type FetchOptions, fetchPage } from './fetch-page';
import { feedLinks } from './feed-links';
import { fetchArticle, placeOnRecord } from './ingest-link';
import type { IngestProblem } from './ingest-problem';
import { loadSeenItems, saveSeenItems, withSeenItems } from './seen-items';
import type { ArticleFileSystem } from './write-article-files';

export interface PollDeps {
  dataDir: string;
  stateDir: string;
  fetch: Partial<FetchOptions>;
  /** One reload for the whole batch, only when something was stored. */
  reload: () => Promise<ReloadReport | null>;
  fs?: ArticleFileSystem;
}

export interface PollResult {
  added: { id: string; title: string; link: string }[];
  /** Items already in the archive under another link, or with the same text as a stored one. */
  duplicates: number;
  /** Feeds or items that failed, with why; a failed fetch is tried again at the next poll. */
  failures: { link: string; problem: IngestProblem }[];
  report: ReloadReport | null;
  /** Set when the record of seen items was unreadable and was started afresh. */
  stateProblem: string | null;
}

/**
 * Polls each feed once: every item not seen before is fetched and stored as /ingest stores a link, then the whole
 * batch is put in service with one reload. An item is recorded as seen once its page arrived (stored, a duplicate,
 * or refused as no article), so it is never fetched again; one whose site was down is tried again next time.
 */
export async function pollFeeds(feedUrls: readonly string[], deps: PollDeps): Promise<PollResult> {
  const { seen, problem } = await loadSeenItems(deps.stateDir);
  const known = new Set(seen.links);
  const fetched: string[] = [];
  const result: PollResult = { added: [], duplicates: 0, failures: [], report: null, stateProblem: problem };
  for (const feedUrl of feedUrls) {
    const feed = await fetchPage(feedUrl, { ...deps.fetch, types: FEED_TYPES });
    const parsed = feed.ok ? feedLinks(feed.text, feed.contentType, feed.url) : feed;
    if (!parsed.ok) {
      result.failures.push({ link: feedUrl, problem: parsed.problem });
      continue;
    }
    await ingestItems(
      parsed.links.filter((link) => !known.has(link)),
      deps,
      result,
      (link) => {
        known.add(link);
        fetched.push(link);
      },
    );
  }
  await withSeenItems(deps.stateDir, async () => {
    // Read again: an /ingest may have recorded an article while the feeds were read.
    const latest = await loadSeenItems(deps.stateDir);
    latest.seen.links = [...latest.seen.links.filter((l) => !fetched.includes(l)), ...fetched];
    await saveSeenItems(deps.stateDir, latest.seen);
  });
  if (result.added.length > 0) result.report = await deps.reload();
  return result;
}

/** Fetches and stores a feed's new items; `seenLink` is told of each link whose page arrived. */
async function ingestItems(
  links: readonly string[],
  deps: PollDeps,
  result: PollResult,
  seenLink: (link: string) => void,
): Promise<void> {
  for (const link of links) {
    const prepared = await fetchArticle(link, deps.fetch);
    if (prepared.fetched) seenLink(link);
    if (!prepared.ok) {
      result.failures.push({ link, problem: prepared.problem });
      continue;
    }
    const placed = await placeOnRecord(prepared, deps);
    if (placed.kind === 'failed') result.failures.push({ link, problem: placed.problem });
    else if (placed.kind === 'duplicate' || placed.kind === 'unchanged') result.duplicates++;
    else result.added.push({ id: placed.files.id, title: placed.files.meta.title ?? placed.files.id, link });
  }
}
