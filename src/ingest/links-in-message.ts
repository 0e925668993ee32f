/** More links than this in one message is a link list, not an article to add; the first ones are taken. */
const MAX_LINKS_PER_MESSAGE = 5;

const LINK = /https?:\/\/[^\s<>"']+/gi;

/**
 * The web links a message carries, in order, each once: in its text (also Discord's `<…>` form that suppresses a
 * preview) and in its embeds. Punctuation that ends the sentence around a link is not part of it.
 */
export function linksInMessage(content: string, embedUrls: readonly (string | null | undefined)[] = []): string[] {
  const found = [...(content.match(LINK) ?? []), ...embedUrls.filter((u): u is string => typeof u === 'string')];
  const links: string[] = [];
  for (const raw of found) {
    const link = trimTrailing(raw);
    if (!links.includes(link)) links.push(link);
  }
  return links.slice(0, MAX_LINKS_PER_MESSAGE);
}

/** A closing parenthesis belongs to the link only when the link opened one (Wikipedia-style addresses). */
function trimTrailing(link: string): string {
  let end = link.length;
  for (;;) {
    const last = link[end - 1];
    if (last !== undefined && '.,;:!?'.includes(last)) end--;
    else if (
      last === ')' &&
      (link.slice(0, end).match(/\(/g)?.length ?? 0) < (link.slice(0, end).match(/\)/g)?.length ?? 0)
    )
      end--;
    else break;
  }
  return link.slice(0, end);
}
