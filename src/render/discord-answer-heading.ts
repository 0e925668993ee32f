import type { Answer, CommandName } from '../engine/answer';

const SUBJECT: Record<CommandName, string> = {
  figure: 'Figures',
  source: 'Sources',
  search: 'Passages',
  article: 'Article',
};

const MISSING: Record<CommandName, (query: string) => string> = {
  figure: (q) => `No figures for ${q}`,
  source: (q) => `No source named ${q}`,
  search: (q) => `Nothing found for ${q}`,
  article: (q) => `No article with id ${q}`,
};

const SUGGESTION_LEAD: Record<CommandName, string> = {
  figure: 'Closest known topics',
  source: 'Closest known names',
  search: 'Did you mean',
  article: 'Closest article ids',
};

/**
 * The headline of an answer, saying what the query was matched to — and saying plainly when that match was only
 * approximate, so a reporter never takes KCNA's words for a typo'd source they meant to check.
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

/** Headline for a miss: "No source named BBC". */
export function missHeading(answer: Answer): string {
  if (answer.match !== 'none' && answer.matched.length > 0) {
    return `${MISSING[answer.command](answer.query)} (matched ${answer.matched.join(', ')}, but the corpus has nothing on it)`;
  }
  return MISSING[answer.command](answer.query);
}

/** "Closest known names: KBS" — always worded as suggestions, never as results. */
export function suggestionLine(answer: Answer): string | null {
  if (answer.suggestions.length === 0) return null;
  return `${SUGGESTION_LEAD[answer.command]}: ${answer.suggestions.join(', ')} (suggestions — ask again with one of them)`;
}
