import { createHash } from 'node:crypto';
import type { ReloadReport } from '../reload/reload-report';
import { FEED_TYPES, type FetchOptions, fetchPage } from './fetch-page';
import { feedLinks } from './feed-links';
import { fetchArticle } from './ingest-link';
import { loadSeenItems, saveSeenItems } from './seen-items';
import { writeArticleFiles } from './write-article-files';

export interface PollDeps {
  dataDir: string;
  stateDir: string;
  fetch: Partial<FetchOptions>;
  /** One reload for the whole batch, only when something was stored. */
  reload: () => Promise<ReloadReport | null>;
}

export interface PollResult {
  added: { id: string; title: string; link: string }[];
  /** Items already taken in under another link, or with the same text as a stored one. */
  duplicates: number;
  /** Feeds or items that failed, with why; a failed fetch is tried again at the next poll. */
  failures: { link: string; reason: string }[];
  report: ReloadReport | null;
  /** Set when the record of seen items was unreadable and was started afresh. */
  stateProblem: string | null;
}

/**
 * Polls each feed once: every item not seen before is fetched and stored as /ingest stores a link, then the whole
 * batch is put in service with one reload. An item is recorded as seen once its page arrived (stored, a duplicate,
 * or refused as no article), so it is never fetched again; one whose site was down is tried again next time. The
 * record is saved atomically after the files are written, so a crash in between re-checks those items instead
 * of losing them, and the canonical URL and text hash stop a second copy.
 */
export async function pollFeeds(feedUrls: readonly string[], deps: PollDeps): Promise<PollResult> {
  const { seen, problem } = await loadSeenItems(deps.stateDir);
  const links = new Set(seen.links);
  const canonical = new Set(seen.canonicalUrls);
  const hashes = new Set(seen.textHashes);
  const result: PollResult = { added: [], duplicates: 0, failures: [], report: null, stateProblem: problem };
  const remember = (set: Set<string>, list: string[], value: string) => {
    if (!set.has(value)) {
      set.add(value);
      list.push(value);
    }
  };
  for (const feedUrl of feedUrls) {
    const feed = await fetchPage(feedUrl, { ...deps.fetch, types: FEED_TYPES });
    const parsed = feed.ok ? feedLinks(feed.text, feed.contentType, feed.url) : feed;
    if (!parsed.ok) {
      result.failures.push({ link: feedUrl, reason: parsed.reason });
      continue;
    }
    for (const link of parsed.links) {
      if (links.has(link)) continue;
      const prepared = await fetchArticle(link, deps.fetch);
      if (!prepared.ok) {
        result.failures.push({ link, reason: prepared.reason });
        if (prepared.fetched) remember(links, seen.links, link);
        continue;
      }
      remember(links, seen.links, link);
      const url = prepared.files.meta.url ?? link;
      const hash = createHash('sha256').update(prepared.files.text).digest('hex');
      if (canonical.has(url) || hashes.has(hash)) {
        result.duplicates++;
        continue;
      }
      try {
        await writeArticleFiles(deps.dataDir, prepared.files);
      } catch (error) {
        result.failures.push({ link, reason: `could not be saved (${error instanceof Error ? error.message : String(error)})` });
        continue;
      }
      remember(canonical, seen.canonicalUrls, url);
      remember(hashes, seen.textHashes, hash);
      result.added.push({ id: prepared.files.id, title: prepared.files.meta.title ?? prepared.files.id, link });
    }
  }
  await saveSeenItems(deps.stateDir, seen);
  if (result.added.length > 0) result.report = await deps.reload();
  return result;
}
