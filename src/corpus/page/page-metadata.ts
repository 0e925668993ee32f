import { readJsonLdArticle } from './json-ld';

/** What a page says about its article, each field from the most deliberate place the page states it. */
export interface PageMetadata {
  title: string | null;
  /** The standfirst: the page's own summary of the article. */
  description: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) as the outlet dated it, in the outlet's own time zone. */
  published: string | null;
  modified: string | null;
  authors: string[];
  /** The URL the outlet names as the article's own (canonical link, og:url, JSON-LD); null when it names none. */
  canonicalUrl: string | null;
  /** Primary language subtag, lower case (`de` for `de-DE`). */
  language: string | null;
}

/** The minimum of a DOM document this reads; linkedom's and jsdom's both fit. */
export interface MetaSource {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/**
 * Reads JSON-LD (NewsArticle and kin) first, then OpenGraph and article:* tags, then `<title>`: JSON-LD is what
 * outlets write for search engines and keep accurate; OpenGraph is for share previews and often shortened.
 */
export function readPageMetadata(document: MetaSource, pageUrl: string | null): PageMetadata {
  const blocks = Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
    (s) => s.textContent ?? '',
  );
  const ld = readJsonLdArticle(blocks);
  const meta = (key: string): string | null => {
    for (const tag of Array.from(document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`))) {
      const content = tag.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };
  const canonical = document.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? null;
  const titleTag = document.querySelectorAll('title')[0]?.textContent?.trim() || null;
  return {
    title: clean(ld?.headline ?? meta('og:title') ?? titleTag),
    description: clean(ld?.description ?? meta('og:description') ?? meta('description')),
    outlet: clean(ld?.publisher ?? meta('og:site_name')),
    published: isoDate(ld?.datePublished ?? meta('article:published_time') ?? meta('date')),
    modified: isoDate(ld?.dateModified ?? meta('article:modified_time')),
    authors: ld?.authors.length ? ld.authors : meta('author') ? [meta('author') as string] : [],
    canonicalUrl: httpUrl(canonical, pageUrl) ?? httpUrl(meta('og:url'), pageUrl) ?? httpUrl(ld?.url ?? null, pageUrl),
    language: primaryLanguage(document.documentElement?.getAttribute('lang') ?? meta('og:locale')),
  };
}

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/**
 * The date part as the page wrote it: "2025-04-28T23:30:00+02:00" is the 28th where the outlet is, and shifting it
 * to UTC would cite the wrong day.
 */
function isoDate(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value?.trim() ?? '');
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? null : date;
}

/** An absolute http(s) URL; a relative one only when there is a page address to resolve it against. */
function httpUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base === null ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function primaryLanguage(value: string | null): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(value?.trim() ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}
