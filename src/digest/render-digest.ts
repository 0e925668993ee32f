import { formatNumber, plural } from '../engine/format-number';
import { DISCORD_LIMITS } from '../render/discord-limits';
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
const FOOTER = 'Full text and cited sentences: /article <id> · /figure <topic> · /source <name>';

export function formatSlot(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The article's citation as every answer gives it: title, outlet or "unknown outlet", date or "undated", id. */
export function articleLine(a: DigestArticle): string {
  return `• ${a.title} — ${a.outlet ?? 'unknown outlet'}, ${a.published ?? 'undated'} [${a.id}]`;
}

function heading(digest: Digest, timeZone: string): string {
  const count = plural(digest.articles.length, 'article');
  if (digest.kind === 'first') return `First digest: ${count} in the corpus`;
  return `${count} added since ${formatSlot(digest.since ?? digest.slot, timeZone)}`;
}

function title(digest: Digest, timeZone: string): string {
  return `Factdesk digest · ${formatSlot(digest.slot, timeZone)}`;
}

/** The one line a digest with nothing new consists of. */
function nothingNewLine(digest: Digest, timeZone: string): string {
  const since = digest.since ? ` since the last digest (${formatSlot(digest.since, timeZone)})` : '';
  return `${title(digest, timeZone)}: nothing new${since}.`;
}

function boardLines(digest: Digest): string[] {
  return digest.board.map((row) => `${row.label}: ${row.summary}`);
}

function sourceLines(digest: Digest): string[] {
  return digest.sources.map((s) => `${s.name}: ${plural(s.count, 'sentence')}`);
}

const moreArticles = (left: number) => `…and ${formatNumber(left)} more (see /article)`;
const moreRows = (left: number) => `…and ${formatNumber(left)} more`;

/** The digest as one Discord message, within Discord's limits however large the corpus. */
export function digestMessage(digest: Digest, timeZone: string): DigestMessage {
  if (digest.kind === 'nothing-new') return { content: nothingNewLine(digest, timeZone) };
  const fields: DigestEmbed['fields'] = [];
  const board = boardLines(digest);
  if (board.length > 0) fields.push({ name: 'Figure board', value: fitLines(board, BUDGET.board, moreRows, BOARD_ROWS) });
  const sources = sourceLines(digest);
  if (sources.length > 0) fields.push({ name: 'Most-quoted sources', value: fitLines(sources, BUDGET.sources, moreRows) });
  const articles = fitLines(digest.articles.map(articleLine), BUDGET.articles, moreArticles);
  return {
    embeds: [
      {
        title: title(digest, timeZone),
        description: `**${heading(digest, timeZone)}**${articles ? `\n${articles}` : ''}`,
        fields,
        footer: { text: FOOTER },
      },
    ],
  };
}

/** The digest as plain text for the console (`npm run digest -- --dry-run`); nothing is cut there. */
export function digestText(digest: Digest, timeZone: string): string {
  if (digest.kind === 'nothing-new') return nothingNewLine(digest, timeZone);
  const parts = [title(digest, timeZone), '', `${heading(digest, timeZone)}:`, ...digest.articles.map(articleLine)];
  const board = boardLines(digest);
  if (board.length > 0) parts.push('', 'Figure board:', ...board);
  const sources = sourceLines(digest);
  if (sources.length > 0) parts.push('', 'Most-quoted sources:', ...sources);
  return parts.join('\n');
}
