import { messages } from '../i18n/catalog';
import { formatMoment, formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { outletOf, publishedOf, spreadText } from '../render/answer-wording';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { markdownLink } from '../render/markdown-link';
import { displayName } from '../render/display-name';
import type { Digest, DigestArticle } from './compose-digest';
import { fitLines } from '../render/fit-lines';

/** A Discord message as plain data (discord.js accepts it as is); the digest code itself never imports discord.js. */
export interface DigestMessage {
  content?: string;
  embeds?: DigestEmbed[];
}

export interface DigestEmbed {
  title: string;
  description: string;
  fields: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

// The embed total (6,000) is less than its parts' maxima added up; these shares keep the sum under it.
const BUDGET = { articles: 3000, board: DISCORD_LIMITS.embedFieldValue, sources: 600 } as const;
export const BOARD_ROWS = 10;

export function formatSlot(iso: string, timeZone: string, locale: Locale = 'en'): string {
  return formatMoment(iso, timeZone, locale);
}

/**
 * The article's citation as every answer gives it — title, outlet or "unknown outlet", date or "undated" — with the
 * title linking to the article when its URL is known (Discord), or the URL after it (console). Ids are for the
 * machine: a reader finds the article by its title, and /article's autocomplete lists titles.
 */
export function articleLine(a: DigestArticle, locale: Locale = 'en', links: 'markdown' | 'plain' = 'markdown'): string {
  const cited = `${outletOf(a, locale)}, ${publishedOf(a, locale)}`;
  if (links === 'plain') return `• ${a.title} — ${cited}${a.url ? ` — ${a.url}` : ''}`;
  return `• ${markdownLink(a.title, a.url) ?? a.title} — ${cited}`;
}

function heading(digest: Digest, timeZone: string, locale: Locale): string {
  const m = messages(locale).digest;
  const n = digest.articles.length;
  if (digest.kind === 'first') return m.firstHeading(n, formatNumber(n, locale));
  return m.updateHeading(n, formatNumber(n, locale), formatSlot(digest.since ?? digest.slot, timeZone, locale));
}

function title(digest: Digest, timeZone: string, locale: Locale): string {
  return messages(locale).digest.title(formatSlot(digest.slot, timeZone, locale));
}

/** The one line a digest with nothing new consists of. */
function nothingNewLine(digest: Digest, timeZone: string, locale: Locale): string {
  const since = digest.since ? formatSlot(digest.since, timeZone, locale) : null;
  return messages(locale).digest.nothingNew(title(digest, timeZone, locale), since);
}

function boardLines(digest: Digest, locale: Locale): string[] {
  return digest.board.map((row) => `${displayName(row.label, row.labels, locale)}: ${spreadText(row, locale)}`);
}

function sourceLines(digest: Digest, locale: Locale): string[] {
  const m = messages(locale).digest;
  return digest.sources.map((s) => `${displayName(s.name, s.labels, locale)}: ${m.sentences(s.count, formatNumber(s.count, locale))}`);
}

/** The digest as one Discord message in the desk's language, within Discord's limits however large the corpus. */
export function digestMessage(digest: Digest, timeZone: string, locale: Locale = 'en'): DigestMessage {
  if (digest.kind === 'nothing-new') return { content: nothingNewLine(digest, timeZone, locale) };
  const m = messages(locale).digest;
  const moreRows = (left: number) => m.moreRows(formatNumber(left, locale));
  const fields: DigestEmbed['fields'] = [];
  const board = boardLines(digest, locale);
  if (board.length > 0) fields.push({ name: m.figureBoard, value: fitLines(board, BUDGET.board, moreRows, BOARD_ROWS) });
  const sources = sourceLines(digest, locale);
  if (sources.length > 0) fields.push({ name: m.mostQuoted, value: fitLines(sources, BUDGET.sources, moreRows) });
  const articles = fitLines(
    digest.articles.map((a) => articleLine(a, locale)),
    BUDGET.articles,
    (left) => m.moreArticles(formatNumber(left, locale)),
  );
  return {
    embeds: [
      {
        title: title(digest, timeZone, locale),
        description: `**${heading(digest, timeZone, locale)}**${articles ? `\n${articles}` : ''}`,
        fields,
        footer: { text: m.footer },
      },
    ],
  };
}

/** The digest as plain text for the console (`npm run digest -- --dry-run`); nothing is cut there. */
export function digestText(digest: Digest, timeZone: string, locale: Locale = 'en'): string {
  if (digest.kind === 'nothing-new') return nothingNewLine(digest, timeZone, locale);
  const m = messages(locale).digest;
  const parts = [
    title(digest, timeZone, locale),
    '',
    `${heading(digest, timeZone, locale)}:`,
    ...digest.articles.map((a) => articleLine(a, locale, 'plain')),
  ];
  const board = boardLines(digest, locale);
  if (board.length > 0) parts.push('', `${m.figureBoard}:`, ...board);
  const sources = sourceLines(digest, locale);
  if (sources.length > 0) parts.push('', `${m.mostQuoted}:`, ...sources);
  return parts.join('\n');
}
