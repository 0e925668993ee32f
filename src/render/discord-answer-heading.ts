import type { Answer, CommandName } from '../engine/answer';

const SUBJECT: Record<CommandName, string> = {
  figure: 'Figures',
  source: 'Sources',
  search: 'Passages',
  article: 'Article',
};

/**
 * The embed title of an answer, saying what the query was matched to — and saying plainly when that match was
 * only approximate, so a reporter never takes KCNA's words for a typo'd source they meant to check. Misses and the
 * longer match notice use the shared wording in answer-wording.ts, as the console does.
 */
export function answerHeading(answer: Answer): string {
  const matched = answer.matched.join(', ');
  if (answer.command === 'article') {
    const title = answer.results[0]?.title ?? matched;
    return answer.match === 'fuzzy' ? `${title} — closest match for ${answer.query}` : title;
  }
  const subject = `${SUBJECT[answer.command]} for ${answer.query}`;
  if (!matched) return subject;
  return answer.match === 'fuzzy' ? `${subject} — closest match ${matched}` : `${subject} — matched ${matched}`;
}

/** True when there is nothing to show: the query matched nothing, or matched something with no passages. */
export function isMiss(answer: Answer): boolean {
  return answer.match === 'none' || answer.results.length === 0;
}
