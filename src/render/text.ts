import type { Answer, AnswerResult } from '../engine/answer';
import type { Outcome } from '../engine/engine';
import { COMMAND_HELP } from '../engine/help';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import {
  answerHeadline,
  citationLine,
  countLine,
  creditLine,
  figureValue,
  incrementNote,
  matchNotice,
  spreadLine,
} from './answer-wording';
import { formatNumber } from '../locale/intl-format';
import { groupFiguresByValue } from './figure-groups';

/** Renders an engine outcome as plain text for the console. */
export function renderOutcomeText(outcome: Outcome, locale: Locale = 'en'): string {
  return outcome.ok
    ? renderAnswerText(outcome.answer, locale)
    : `${messages(locale).console.errorLead}: ${outcome.error}`;
}

export function renderAnswerText(answer: Answer, locale: Locale = 'en'): string {
  const lines = [answerHeadline(answer, locale)];
  const notice = matchNotice(answer, locale);
  if (notice) lines.push(notice);
  const spread = spreadLine(answer, locale);
  if (spread) lines.push(`${messages(locale).answer.spreadLead}: ${spread}`);
  const count = countLine(answer, locale);
  if (count) lines.push(count);
  const latest = answer.latestBySource;
  if (answer.command === 'figure' && latest !== undefined) lines.push(...latestFirst(answer, latest, locale));
  else if (answer.command === 'figure') lines.push(...figureGroups(answer.results, locale));
  else for (const r of answer.results) lines.push('', ...resultLines(r, locale));
  return lines.join('\n');
}

/** Figures grouped by value, so sources that disagree stand side by side. */
function figureGroups(results: AnswerResult[], locale: Locale): string[] {
  const lines: string[] = [];
  for (const group of groupFiguresByValue(results, locale)) {
    lines.push('', `■ ${group.heading}`);
    for (const r of group.results) figureLines(r, locale, lines);
  }
  return lines;
}

/** A long list read source by source: each source's latest figure, newest first, then the older ones. */
function latestFirst(answer: Answer, latest: number, locale: Locale): string[] {
  const m = messages(locale).answer;
  const total = answer.total ?? answer.results.length;
  const lines = ['', m.latestLead(latest, formatNumber(latest, locale), formatNumber(total, locale))];
  answer.results.forEach((r, i) => {
    if (!r.figure) return;
    if (i === latest) lines.push('', m.olderFollow(total - latest, formatNumber(total - latest, locale)));
    const measure = r.figure.measure ? ` (${r.figure.measure})` : '';
    lines.push('', `■ ${figureValue(r.figure, locale)}${measure}`);
    figureLines(r, locale, lines);
  });
  return lines;
}

/** One figure under its group's heading: who gave it, as what, the words read, then the cited sentence. */
function figureLines(r: AnswerResult, locale: Locale, lines: string[]): void {
  if (!r.figure) return;
  const qualifier = r.figure.qualifier ? ` (${r.figure.qualifier})` : '';
  const increment = r.figure.increment ? ` ${incrementNote(locale)}` : '';
  lines.push(
    `  • ${creditLine(r, locale)}${qualifier}${increment}: ${messages(locale).answer.readFrom(r.figure.text)}`,
  );
  lines.push(...resultLines(r, locale).map((l) => `    ${l}`));
}

function resultLines(r: AnswerResult, locale: Locale): string[] {
  const lines = [`“${r.snippet}”`, `— ${citationLine(r, locale)}`];
  if (r.source && !r.figure) lines.splice(0, 0, `[${creditLine(r, locale)}]`);
  if (r.url) lines.push(`  ${r.url}`);
  return lines;
}

export function renderHelpText(locale: Locale = 'en'): string {
  const m = messages(locale).help;
  const here = COMMAND_HELP.filter((c) => !c.discordOnly);
  const width = Math.max(...here.map((c) => c.usage.length));
  return [
    m.consoleIntro,
    ...here.map((c) => `  ${c.usage.padEnd(width)}  ${m.commands[c.name]}  ${m.exampleShort(c.example)}`),
  ].join('\n');
}
