import { type ArticleMeta, ArticleMetaSchema } from './article';
import { jsonSyntaxReason } from './json-syntax-reason';

export type ParsedMeta = { ok: true; meta: ArticleMeta } | { ok: false; reasons: string[] };

/**
 * Parses and validates a `<id>.meta.json` sidecar. Each reason names what to fix: the line of a JSON syntax
 * error, or the field and what is wrong with it (`published: Invalid ISO date`).
 */
export function parseArticleMeta(json: string): ParsedMeta {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, reasons: [jsonSyntaxReason(json, error)] };
  }
  const result = ArticleMetaSchema.safeParse(data);
  if (result.success) return { ok: true, meta: result.data };
  return {
    ok: false,
    reasons: result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: unknown field`;
      const field = issue.path.map(String).join('.');
      return field === '' ? issue.message : `${field}: ${issue.message}`;
    }),
  };
}
