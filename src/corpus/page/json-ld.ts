import { z } from 'zod';

/** What a page's JSON-LD says about its article, as far as it says it in the expected shapes. */
export interface JsonLdArticle {
  headline?: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  authors: string[];
  url?: string;
}

const text = z.string().trim().min(1);
// Sites write one value or a list, a name or an object with a name; anything else is ignored, never fatal.
const named = z.union([text, z.object({ name: text })]).transform((v) => (typeof v === 'string' ? v : v.name));
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const ArticleNodeSchema = z.object({
  '@type': z.union([z.string(), z.array(z.string())]),
  headline: loose(text),
  description: loose(text),
  datePublished: loose(text),
  dateModified: loose(text),
  publisher: loose(
    z.union([
      named,
      z
        .array(named)
        .nonempty()
        .transform((list) => list[0]),
    ]),
  ),
  author: loose(
    z.union([
      named.transform((n) => [n]),
      z.array(z.unknown()).transform((list) =>
        list.flatMap((a) => {
          const one = named.safeParse(a);
          return one.success ? [one.data] : [];
        }),
      ),
    ]),
  ),
  url: loose(text),
  mainEntityOfPage: loose(z.union([text, z.object({ '@id': text }).transform((v) => v['@id'])])),
});

const isArticleType = (type: string | string[]): boolean =>
  (Array.isArray(type) ? type : [type]).some((t) => /Article$/.test(t));

/** Every object in a JSON-LD value, following arrays and `@graph`, as sites nest them either way. */
function nodesOf(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, out);
  else if (typeof value === 'object' && value !== null) {
    out.push(value);
    if ('@graph' in value) nodesOf((value as { '@graph': unknown })['@graph'], out);
  }
  return out;
}

/**
 * The first article node among a page's `application/ld+json` blocks (NewsArticle, ReportageNewsArticle,
 * Article…). A block that is not valid JSON is skipped: one broken tracking block must not hide the article's.
 */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    for (const node of nodesOf(parsed)) {
      const result = ArticleNodeSchema.safeParse(node);
      if (!result.success || !isArticleType(result.data['@type'])) continue;
      const n = result.data;
      return {
        ...(n.headline ? { headline: n.headline } : {}),
        ...(n.description ? { description: n.description } : {}),
        ...(n.datePublished ? { datePublished: n.datePublished } : {}),
        ...(n.dateModified ? { dateModified: n.dateModified } : {}),
        ...(n.publisher ? { publisher: n.publisher } : {}),
        authors: n.author ?? [],
        ...((n.url ?? n.mainEntityOfPage) ? { url: n.url ?? n.mainEntityOfPage } : {}),
      };
    }
  }
  return null;
}
