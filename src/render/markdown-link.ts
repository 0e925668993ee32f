/**
 * `[text](url)` when the URL is a plain http(s) address and the text has no brackets, so neither can break the
 * markdown around it; otherwise null, and the caller shows the text without a link.
 */
export function markdownLink(text: string, url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url) || url.length > 300) return null;
  if (/[[\]]/.test(text)) return null;
  return `[${text}](${url})`;
}
