import { z } from 'zod';
import { CommandNameSchema, type CommandName } from '../engine/answer';
import { MAX_QUERY_LENGTH } from '../engine/command';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { neutraliseMentions, restoreMentions } from './discord-mentions';

/**
 * The footer of every answer page: "Page 2/5 · /figure troops". It tells the reader where they are, and it is
 * where a Previous/Next click reads the query back from — a button's custom id (100 chars) is too small for a
 * 200-character query, and keeping the query on the message means paging survives a bot restart.
 */
export interface PageFooter {
  command: CommandName;
  query: string;
  /** 0-based. */
  page: number;
  pages: number;
}

/** A footer read back from a message, with the language the message was written in. */
export interface ReadPageFooter extends PageFooter {
  locale: Locale;
}

// Read in either language: a German reader's message and an English reader's message page alike.
const FOOTER_PATTERN = /^(Page|Seite) (\d+)\/(\d+) · \/([a-z]+) ([\s\S]+)$/;

const PageFooterSchema = z.object({
  command: CommandNameSchema,
  query: z.string().min(1).max(MAX_QUERY_LENGTH),
  page: z.number().int().nonnegative(),
  pages: z.number().int().positive(),
});

export function formatPageFooter(footer: PageFooter, locale: Locale = 'en'): string {
  return `${messages(locale).page(footer.page + 1, footer.pages)} · /${footer.command} ${neutraliseMentions(footer.query)}`;
}

/** Reads a footer back; null for anything the bot did not write (or that was altered). */
export function parsePageFooter(text: string | undefined | null): ReadPageFooter | null {
  const m = text ? FOOTER_PATTERN.exec(text) : null;
  if (!m) return null;
  const parsed = PageFooterSchema.safeParse({
    command: m[4],
    query: restoreMentions(m[5] ?? ''),
    page: Number(m[2]) - 1,
    pages: Number(m[3]),
  });
  return parsed.success ? { ...parsed.data, locale: m[1] === 'Seite' ? 'de' : 'en' } : null;
}
