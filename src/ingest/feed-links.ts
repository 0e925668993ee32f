import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import type { IngestProblem } from './ingest-problem';

export type FeedLinks = { ok: true; links: string[] } | { ok: false; problem: IngestProblem };

/**
 * The article links of an RSS 2.0, Atom or JSON Feed document, in feed order, each once. Relative links are
 * resolved against the feed's address. A document the parser cannot read is a reason, never an exception.
 */
export function feedLinks(text: string, contentType: string, feedUrl: string): FeedLinks {
  let entries: { link?: string }[] | undefined;
  try {
    const options = { baseUrl: feedUrl, normalization: true };
    const json = /json/i.test(contentType) || /^\s*\{/.test(text);
    entries = (json ? extractFromJson(text, options) : extractFromXml(text, options)).entries;
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'not-a-feed', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const links: string[] = [];
  for (const entry of entries ?? []) {
    if (!entry.link) continue;
    try {
      const url = new URL(entry.link, feedUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !links.includes(url.href)) links.push(url.href);
    } catch {
      // an entry without a usable link is not an article to fetch
    }
  }
  return { ok: true, links };
}
