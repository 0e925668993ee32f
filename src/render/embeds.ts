import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer } from '../engine/answer';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { answerHeadline, countLine, matchNotice, outletOf, publishedOf, spreadLine } from './answer-wording';
import { DISCORD_LIMITS } from './discord-limits';
import { neutraliseMentions } from './discord-mentions';
import { formatPageFooter } from './discord-page-footer';
import { formatNumber } from '../locale/intl-format';
import { figureTable } from './figure-table';
import { resultField } from './discord-result-field';
import { truncateAtSentence } from './discord-truncate';

/** Few enough results per page to read on a phone; Discord's 6000-character budget may make a page shorter. */
export const RESULTS_PER_PAGE = 5;
/** The overview stays an overview; the snippets carry the detail. */
const DESCRIPTION_BUDGET = 1024;
const EMBED_COLOUR = 0x2b6cb0;

/**
 * An answer as pages of one embed each: the heading saying what was matched, the summary (e.g. the spread of
 * figures), then the cited snippets as fields. Every page fits every Discord limit by construction, so no reply is
 * ever rejected; the footer names page, command and query so a Previous/Next click can rebuild the same pages.
 */
export function renderAnswerPages(answer: Answer, locale: Locale = 'en'): APIEmbed[] {
  const title = truncateAtSentence(neutraliseMentions(answerHeadline(answer, locale)), DISCORD_LIMITS.embedTitle);
  const description = truncateAtSentence(describe(answer, locale), DESCRIPTION_BUDGET);
  const fields = answer.results.map((r, i) => resultField(r, i + 1, answer.command, locale));
  const worstFooter = formatPageFooter(
    { command: answer.command, query: answer.query, page: fields.length + 1, pages: fields.length + 2 },
    locale,
  );
  const budget = DISCORD_LIMITS.embedTotalPerMessage - title.length - description.length - worstFooter.length;
  const pages: Array<{ description: string; fields: APIEmbedField[] }> = [];
  // /figure opens with the figures at a glance; the cited sentences follow on the next pages.
  const table =
    answer.command === 'figure'
      ? figureTablePage(answer, locale, description, title.length + worstFooter.length)
      : null;
  if (table) pages.push({ description: table, fields: [] });
  for (const chunk of chunkFields(fields, budget)) pages.push({ description, fields: chunk });
  const url = answer.command === 'article' ? (answer.results[0]?.url ?? undefined) : undefined;
  return pages.map((body, page) => ({
    title,
    ...(url && { url }),
    ...(body.description && { description: body.description }),
    color: EMBED_COLOUR,
    fields: body.fields,
    footer: {
      text: formatPageFooter({ command: answer.command, query: answer.query, page, pages: pages.length }, locale),
    },
  }));
}

/**
 * The figure table's page text: the overview, then the table, within the description and the message budget. A
 * long list read source by source says so above its table and, below it, that the older figures follow.
 */
function figureTablePage(answer: Answer, locale: Locale, overview: string, around: number): string | null {
  const m = messages(locale).answer;
  const latest = answer.latestBySource;
  const total = answer.total ?? answer.results.length;
  const count = (n: number) => formatNumber(n, locale);
  const lead = latest === undefined ? '' : m.latestLead(latest, count(latest), count(total));
  const older = latest === undefined || total <= latest ? '' : m.olderFollow(total - latest, count(total - latest));
  const parts = [overview, lead, older, m.sentencesFollow].filter(Boolean);
  const framing = parts.reduce((sum, part) => sum + part.length + 2, 0);
  const room = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotalPerMessage - around) - framing;
  const table = figureTable(answer.results, locale, room, latest === undefined ? {} : { latestBySource: latest });
  if (!table) return null;
  const body = lead ? `${lead}\n${table}` : table;
  return [overview, body, older, m.sentencesFollow].filter(Boolean).join('\n\n');
}

/**
 * Content text for an answer with nothing to show: what was not found, then close names worded as suggestions —
 * the same words the console prints.
 */
export function renderMiss(answer: Answer, locale: Locale = 'en'): string {
  const lines = [`**${answerHeadline(answer, locale)}**`];
  const notice = matchNotice(answer, locale);
  if (notice) lines.push(notice);
  return renderNotice(lines.join('\n'));
}

/** A short user-facing notice (an error, a miss), safe to send as message content. */
export function renderNotice(text: string): string {
  return truncateAtSentence(neutraliseMentions(text), DISCORD_LIMITS.content);
}

/** Total characters Discord counts against the 6000-per-message embed budget. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function describe(answer: Answer, locale: Locale): string {
  const lines: string[] = [];
  const spread = spreadLine(answer, locale);
  if (spread) lines.push(`**${spread}**`);
  if (answer.command === 'article') {
    const first = answer.results[0];
    if (first) lines.push(`${outletOf(first, locale)} · ${publishedOf(first, locale)} · \`${first.articleId}\``);
  }
  const notice = matchNotice(answer, locale);
  if (notice) lines.push(neutraliseMentions(notice));
  const count = countLine(answer, locale);
  if (count) lines.push(count);
  return lines.join('\n');
}

/** Greedy: fill a page up to RESULTS_PER_PAGE fields or the character budget, whichever comes first. */
function chunkFields(fields: APIEmbedField[], budget: number): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [];
  let current: APIEmbedField[] = [];
  let used = 0;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    const full = current.length >= Math.min(RESULTS_PER_PAGE, DISCORD_LIMITS.embedFields) || used + size > budget;
    if (full && current.length > 0) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(field);
    used += size;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}
