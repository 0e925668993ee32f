import { type ArticleMeta, ArticleMetaSchema } from './article';
import { lineOfIndex } from './decode-text';

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

function jsonSyntaxReason(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes the whole input in some messages; a reporter needs the line, not the file echoed back.
  const short = message.replace(/,\s*".*" is not valid JSON$/su, '').replace(/\s*in JSON at position \d+.*$/su, '');
  const position = /at position (\d+)/u.exec(message);
  if (position) return `invalid JSON at line ${lineOfIndex(json, Number(position[1]))}: ${short}`;
  if (/unexpected end/iu.test(message)) return `invalid JSON at line ${lineOfIndex(json, json.length)}: ${short}`;
  return `invalid JSON: ${short}`;
}
