const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` characters (UTF-16 units, as Discord counts), cutting after the last whole
 * sentence that fits and marking the cut with "…". A reader then sees complete, verbatim sentences plus a visible
 * sign that more followed. When not even the first sentence fits — or the only sentence end that fits is so early
 * (an abbreviation like "Dr.", a list number like "1.") that most of the room would be wasted — it cuts at the last
 * word boundary instead; only a single over-long word is cut mid-word.
 */
export function truncateAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  const sentenceEnd = lastSentenceEnd(head, room);
  if (sentenceEnd >= room / 3) return `${text.slice(0, sentenceEnd).trimEnd()} ${ELLIPSIS}`.slice(0, max);
  const wordEnd = head.lastIndexOf(' ', room);
  const cut = wordEnd > room / 2 ? text.slice(0, wordEnd).trimEnd() : safeSlice(text, room);
  return `${cut}${ELLIPSIS}`;
}

/** End index (exclusive) of the last sentence that ends within `limit` chars, leaving room for " …". */
function lastSentenceEnd(head: string, limit: number): number {
  const boundary = /[.!?…]["»“”')\]]*(?=\s)/g;
  let best = 0;
  for (let m = boundary.exec(head); m; m = boundary.exec(head)) {
    const end = m.index + m[0].length;
    if (end + 2 <= limit + 1) best = end;
  }
  return best;
}

/** Slices without splitting a surrogate pair, which Discord would show as a broken glyph. */
function safeSlice(text: string, end: number): string {
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
