import type { APIEmbedField } from 'discord.js';
import type { AnswerResult, CommandName } from '../engine/answer';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { creditLine, figureLine, outletOf, paragraphLabel, publishedOf } from './answer-wording';
import { DISCORD_LIMITS } from './discord-limits';
import { truncateAtSentence } from './discord-truncate';
import { markdownLink } from './markdown-link';

/**
 * "Reuters · 2024-03-01 · ¶ 3 · [article](https://…)": where a snippet stands. The title is the field's name, so
 * this line carries the rest of the citation, with the article's link when the data has one.
 */
function embedCitation(result: AnswerResult, locale: Locale = 'en'): string {
  const parts = [
    outletOf(result, locale),
    publishedOf(result, locale),
    paragraphLabel(result.paragraph, ' ', locale, result.standfirst),
  ];
  const link = markdownLink(messages(locale).answer.articleLink, result.url);
  if (link) parts.push(link);
  return parts.join(' · ');
}

/**
 * One cited snippet as an embed field. The snippet is shown verbatim; only when the field would exceed Discord's
 * 1024-character value limit is it cut, at a sentence, with "…". A reader can check the figure line's reading
 * against the sentence quoted above it.
 */
export function resultField(
  result: AnswerResult,
  position: number,
  command: CommandName,
  locale: Locale = 'en',
): APIEmbedField {
  const name =
    command === 'article'
      ? paragraphLabel(result.paragraph, ' ', locale, result.standfirst)
      : `${position}. ${truncateAtSentence(result.title, DISCORD_LIMITS.embedFieldName - `${position}. `.length)}`;
  const extra: string[] = [];
  // The figure line shows the value with the exact words it was read from and who gave it.
  const figure = figureLine(result, locale);
  if (figure) extra.push(figure);
  else if (result.source) extra.push(messages(locale).answer.sourceLine(creditLine(result, locale)));
  if (command !== 'article') extra.push(embedCitation(result, locale));
  const tail = extra.map((line) => truncateAtSentence(line, 400)).join('\n');
  const room = DISCORD_LIMITS.embedFieldValue - tail.length - (tail ? 1 : 0);
  const quoted = quote(truncateAtSentence(result.snippet, room - quoteOverhead(result.snippet)));
  const value = tail ? `${quoted}\n${tail}` : quoted;
  return { name, value: value.slice(0, DISCORD_LIMITS.embedFieldValue) };
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Characters the "> " prefixes add, so the snippet is cut before quoting rather than after. */
function quoteOverhead(text: string): number {
  return 2 * text.split('\n').length;
}
