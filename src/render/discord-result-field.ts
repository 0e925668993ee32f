import type { APIEmbedField } from 'discord.js';
import type { AnswerResult, CommandName } from '../engine/answer';
import { DISCORD_LIMITS } from './discord-limits';
import { truncateAtSentence } from './discord-truncate';

/** "Reuters · 2024-03-01 · ¶ 3 · [article](https://…)": where a snippet stands, as every citation must say. */
export function citationLine(result: AnswerResult): string {
  const parts = [result.outlet ?? 'unknown outlet', result.published ?? 'undated', `¶ ${result.paragraph}`];
  // A link only when it is a plain http(s) URL that cannot break the markdown around it.
  if (result.url && /^https?:\/\/[^\s()<>]+$/.test(result.url) && result.url.length <= 300) {
    parts.push(`[article](${result.url})`);
  }
  return parts.join(' · ');
}

/**
 * One cited snippet as an embed field. The snippet is shown verbatim; only when the field would exceed Discord's
 * 1024-character value limit is it cut, at a sentence, with "…". The figure line shows the exact words a number
 * was read from, so a reader can check the reading against the sentence above it.
 */
export function resultField(result: AnswerResult, position: number, command: CommandName): APIEmbedField {
  const name =
    command === 'article'
      ? `¶ ${result.paragraph}`
      : `${position}. ${truncateAtSentence(result.title, DISCORD_LIMITS.embedFieldName - `${position}. `.length)}`;
  const extra: string[] = [];
  if (result.figure) extra.push(`Figure read from: „${result.figure.text}“`);
  if (result.source) extra.push(`Source: ${result.source}`);
  if (command !== 'article') extra.push(citationLine(result));
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
  return 2 * (text.split('\n').length);
}
