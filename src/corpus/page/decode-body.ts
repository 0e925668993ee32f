/**
 * A fetched body as text, in the charset the server or the page declares. German sites still serve
 * windows-1252 and ISO-8859-1 pages, whose umlauts would turn into replacement characters read as UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const label = charsetOf(contentType) ?? sniffMetaCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const charsetOf = (contentType: string): string | null =>
  /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1] ?? null;

/** The HTML standard looks for a `<meta charset>` in the first 1024 bytes; so does this. */
function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
