const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Breaks `@everyone`, `@here` and `<@…>` / `<@&…>` mention syntax in echoed user text by putting a zero-width
 * space after the "@". allowedMentions already stops Discord from notifying anyone; this keeps the text from even
 * looking like a ping if some future reply path forgets that setting.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?!\u200b)/g, `@${ZERO_WIDTH_SPACE}`);
}

/** Undoes neutraliseMentions, to read a query back from a message the bot wrote itself. */
export function restoreMentions(text: string): string {
  return text.replace(/@\u200b/g, '@');
}
