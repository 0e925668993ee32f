import { messages } from '../i18n/catalog';
import { formatMoment, formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { outletOf, publishedOf, spreadText } from '../render/answer-wording';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { markdownLink } from '../render/markdown-link';
import { displayName } from '../render/display-name';
import type { BoardTopic, Digest, DigestArticle } from './compose-digest';
import { fitLines } from '../render/fit-lines';
import { figureTable } from '../render/figure-table';
import { truncateAtSentence } from '../render/discord-truncate';

/** A Discord message as plain data (discord.js accepts it as is); the digest code itself never imports discord.js. */
export interface DigestMessage {
  content?: string;
  embeds?: DigestEmbed[];
}

interface DigestEmbed {
  title: string;
  description: string;
  fields: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

// The embed total (6,000) is shared by the digest's two embeds and is less than their parts' maxima added up: the
// articles and the sources take these shares, and the figure board what the first embed leaves.
const BUDGET = { articles: 2400, sources: 600 } as const;
/** A topic's table on the board: a few lines each, so that several topics are seen at once. */
const BOARD_TABLE = 420;
/** The console has no message limit, but a topic's table is still a glance; /figure has the rest. */
const BOARD_TABLE_TEXT = 1500;
const BOARD_TABLES = 6;
/** Kept for the closing field that names the topics whose tables did not fit, with their spread lines. */
const BOARD_MORE = 400;
const BOARD_ROWS = 10;

function formatSlot(iso: string, timeZone: string, locale: Locale = 'en'): string {
  return formatMoment(iso, timeZone, locale);
}

/**
 * The article's citation as every answer gives it — title, outlet or "unknown outlet", date or "undated" — with the
 * title linking to the article when its URL is known (Discord), or the URL after it (console). Ids are for the
 * machine: a reader finds the article by its title, and /article's autocomplete lists titles.
 */
function articleLine(a: DigestArticle, locale: Locale = 'en', links: 'markdown' | 'plain' = 'markdown'): string {
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

/** "Troops: 8.000–12.000 laut 6 Quellen": the topic and its spread, as over its /figure table. */
function topicHeading(row: BoardTopic, locale: Locale): string {
  const spread = row.figures?.spread ?? row.topic;
  return `${displayName(row.topic.label, row.topic.labels, locale)}: ${spreadText(spread, locale)}`;
}

/**
 * A topic's figures as the first page of its /figure answer shows them (grouped by value, or each source's latest
 * figure for a long list), cut to `budget` with a pointer to the whole answer. Null when there is nothing to list.
 */
function topicTable(row: BoardTopic, locale: Locale, budget: number, markdown: boolean): string | null {
  const answer = row.figures;
  if (!answer) return null;
  const m = messages(locale);
  const latest = answer.latestBySource;
  const total = answer.total ?? answer.results.length;
  const count = (n: number) => formatNumber(n, locale);
  const lead = latest === undefined ? '' : `${m.answer.latestLead(latest, count(latest), count(total))}\n`;
  const command = `/figure ${row.topic.label}`;
  const table = figureTable(answer.results, locale, budget - lead.length, {
    ...(latest !== undefined && { latestBySource: latest }),
    more: (left) => m.digest.moreOnTopic(left, command),
    markdown,
  });
  return table && `${lead}${table}`;
}

/**
 * The figure board as its own embed: a field per topic, the spread as its name and its table as its value, as many
 * as fit in `budget`; the topics left over are named with their spread lines in a closing field.
 */
function boardEmbed(digest: Digest, locale: Locale, budget: number): DigestEmbed | null {
  if (digest.board.length === 0) return null;
  const m = messages(locale).digest;
  const fields: DigestEmbed['fields'] = [];
  const rest: BoardTopic[] = [];
  let left = budget - m.figureBoard.length - m.boardNote.length;
  for (const [i, row] of digest.board.entries()) {
    const name = truncateAtSentence(topicHeading(row, locale), DISCORD_LIMITS.embedFieldName);
    const reserve = i < digest.board.length - 1 ? BOARD_MORE + m.moreTopics.length : 0;
    const room = Math.min(BOARD_TABLE, left - name.length - reserve);
    const table = fields.length < BOARD_TABLES && room > 0 ? topicTable(row, locale, room, true) : null;
    if (!table) {
      rest.push(row);
      continue;
    }
    fields.push({ name, value: table });
    left -= name.length + table.length;
  }
  if (rest.length > 0) {
    const lines = rest.map((row) => topicHeading(row, locale));
    const more = (n: number) => m.moreRows(formatNumber(n, locale));
    const room = Math.min(DISCORD_LIMITS.embedFieldValue, left - m.moreTopics.length);
    fields.push({ name: m.moreTopics, value: fitLines(lines, room, more, BOARD_ROWS) });
  }
  return { title: m.figureBoard, description: m.boardNote, fields };
}

/** The board in the console: each topic's spread line and its table, as Discord shows them. */
function boardText(digest: Digest, locale: Locale): string[] {
  return digest.board.flatMap((row, i) => {
    const table = topicTable(row, locale, BOARD_TABLE_TEXT, false);
    return [...(i > 0 ? [''] : []), topicHeading(row, locale), ...(table ? [table] : [])];
  });
}

function sourceLines(digest: Digest, locale: Locale): string[] {
  const m = messages(locale).digest;
  return digest.sources.map(
    (s) => `${displayName(s.name, s.labels, locale)}: ${m.sentences(s.count, formatNumber(s.count, locale))}`,
  );
}

/** The digest as one Discord message in the desk's language, within Discord's limits however large the corpus. */
export function digestMessage(digest: Digest, timeZone: string, locale: Locale = 'en'): DigestMessage {
  if (digest.kind === 'nothing-new') return { content: nothingNewLine(digest, timeZone, locale) };
  const m = messages(locale).digest;
  const moreRows = (left: number) => m.moreRows(formatNumber(left, locale));
  const fields: DigestEmbed['fields'] = [];
  const sources = sourceLines(digest, locale);
  if (sources.length > 0) fields.push({ name: m.mostQuoted, value: fitLines(sources, BUDGET.sources, moreRows) });
  const articles = fitLines(
    digest.articles.map((a) => articleLine(a, locale)),
    BUDGET.articles,
    (left) => m.moreArticles(formatNumber(left, locale)),
  );
  const main: DigestEmbed = {
    title: title(digest, timeZone, locale),
    description: `**${heading(digest, timeZone, locale)}**${articles ? `\n${articles}` : ''}`,
    fields,
    footer: { text: m.footer },
  };
  const board = boardEmbed(digest, locale, DISCORD_LIMITS.embedTotalPerMessage - digestEmbedLength(main));
  return { embeds: board ? [main, board] : [main] };
}

/** What Discord counts of an embed against the 6,000 characters a message's embeds may have together. */
function digestEmbedLength(embed: DigestEmbed): number {
  const fields = embed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return embed.title.length + embed.description.length + (embed.footer?.text.length ?? 0) + fields;
}

/**
 * The digest as plain text for the console (`npm run digest -- --dry-run`): no article or topic is left out there,
 * and each topic's table is as long as a glance allows (BOARD_TABLE_TEXT).
 */
export function digestText(digest: Digest, timeZone: string, locale: Locale = 'en'): string {
  if (digest.kind === 'nothing-new') return nothingNewLine(digest, timeZone, locale);
  const m = messages(locale).digest;
  const parts = [
    title(digest, timeZone, locale),
    '',
    `${heading(digest, timeZone, locale)}:`,
    ...digest.articles.map((a) => articleLine(a, locale, 'plain')),
  ];
  if (digest.board.length > 0) parts.push('', `${m.figureBoard}:`, ...boardText(digest, locale));
  const sources = sourceLines(digest, locale);
  if (sources.length > 0) parts.push('', `${m.mostQuoted}:`, ...sources);
  return parts.join('\n');
}
