import { mediaType } from './fetch-page';

const FEED_MEDIA_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json'];
const XML_FEED = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/;
const JSON_FEED = /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

/**
 * Whether a fetched document is a feed rather than a page, so one address can be given either way: by its media
 * type when it names a feed type, else by what the body starts with, since many servers send feeds as
 * application/xml, text/xml or even text/html.
 */
export function looksLikeFeed(contentType: string, text: string): boolean {
  if (FEED_MEDIA_TYPES.includes(mediaType(contentType))) return true;
  const head = text.slice(0, 4096);
  return XML_FEED.test(head) || JSON_FEED.test(head);
}
