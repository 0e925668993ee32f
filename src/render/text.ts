import type { Answer, AnswerResult } from '../engine/answer';
import type { Outcome } from '../engine/engine';
import { COMMAND_HELP } from '../engine/help';
import { answerHeadline, citationLine, countLine, creditLine, figureValue, INCREMENT_NOTE, matchNotice } from './answer-wording';

/** Renders an engine outcome as plain text for the console. */
export function renderOutcomeText(outcome: Outcome): string {
  return outcome.ok ? renderAnswerText(outcome.answer) : `Error: ${outcome.error}`;
}

export function renderAnswerText(answer: Answer): string {
  const lines = [answerHeadline(answer)];
  const notice = matchNotice(answer);
  if (notice) lines.push(notice);
  if (answer.summary) lines.push(`Spread: ${answer.summary}`);
  const count = countLine(answer);
  if (count) lines.push(count);
  if (answer.command === 'figure') lines.push(...figureGroups(answer.results));
  else for (const r of answer.results) lines.push('', ...resultLines(r));
  return lines.join('\n');
}

/** Figures grouped by value, so sources that disagree stand side by side. */
function figureGroups(results: AnswerResult[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const r of results) {
    if (!r.figure) continue;
    const measure = r.figure.measure ? ` (${r.figure.measure})` : '';
    const value = `${figureValue(r.figure)}${measure}`;
    if (value !== current) {
      current = value;
      lines.push('', `■ ${value}`);
    }
    const qualifier = r.figure.qualifier ? ` (${r.figure.qualifier})` : '';
    const increment = r.figure.increment ? ` ${INCREMENT_NOTE}` : '';
    lines.push(`  • ${creditLine(r)}${qualifier}${increment}: read from "${r.figure.text}"`);
    lines.push(...resultLines(r).map((l) => `    ${l}`));
  }
  return lines;
}

function resultLines(r: AnswerResult): string[] {
  const lines = [`“${r.snippet}”`, `— ${citationLine(r)}`];
  if (r.source && !r.figure) lines.splice(0, 0, `[${creditLine(r)}]`);
  if (r.url) lines.push(`  ${r.url}`);
  return lines;
}

export function renderHelpText(): string {
  const width = Math.max(...COMMAND_HELP.map((c) => c.usage.length));
  return [
    'Factdesk answers with verbatim, cited sentences from the desk corpus.',
    ...COMMAND_HELP.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}  e.g. ${c.example}`),
  ].join('\n');
}
