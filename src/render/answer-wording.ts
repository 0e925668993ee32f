import type { Answer, AnswerResult } from '../engine/answer';
import { UNIT_LABEL } from '../analysis/units';
import { formatRange } from '../engine/format-number';

/**
 * The words every shell uses to say what an answer matched. Text and embeds share them so the console and Discord
 * never disagree about whether a match was exact, approximate or absent.
 */
const NOUN: Record<Answer['command'], string> = {
  figure: 'topic',
  source: 'source',
  search: 'passage',
  article: 'article',
};

const SUBJECT: Record<Answer['command'], string> = {
  figure: 'Figures',
  source: 'Sources',
  search: 'Passages',
  article: 'Article',
};

const SUGGESTION_LEAD: Record<Answer['command'], string> = {
  figure: 'Closest known topics',
  source: 'Closest known names',
  search: 'Closest words',
  article: 'Closest article ids',
};

/** True when there is nothing to show: the query matched nothing, or matched something with no passages. */
export function isMiss(answer: Answer): boolean {
  return answer.match === 'none' || answer.results.length === 0;
}

/**
 * The headline: what the query was matched to, saying plainly when that match was only approximate, so a reporter
 * never takes KCNA's words for those of a source they mistyped. "Figures for troops — matched Soldaten, Truppen",
 * "Sources for kcan — closest match KCNA", "No source named "BBC"".
 */
export function answerHeadline(answer: Answer): string {
  const q = answer.query.trim();
  const matched = answer.matched.join(', ');
  if (isMiss(answer)) {
    if (answer.match !== 'none' && matched) return `Nothing in the corpus yet for ${matched}`;
    return answer.command === 'search' ? `Nothing found for ${quote(q)}` : `No ${NOUN[answer.command]} named ${quote(q)}`;
  }
  if (answer.command === 'article') {
    const title = answer.results[0]?.title ?? matched;
    return answer.match === 'fuzzy' ? `${title} — closest match for ${quote(q)}` : title;
  }
  const subject = `${SUBJECT[answer.command]} for ${q}`;
  if (!matched) return subject;
  return answer.match === 'fuzzy' ? `${subject} — closest match ${matched}` : `${subject} — matched ${matched}`;
}

/** A line that says how the query matched, or null when it matched exactly and needs no comment. */
export function matchNotice(answer: Answer): string | null {
  const q = quote(answer.query.trim());
  if (answer.match === 'none') {
    if (answer.suggestions.length > 0) {
      return `${SUGGESTION_LEAD[answer.command]} (suggestions, not matches): ${answer.suggestions.join(', ')}`;
    }
    return answer.command === 'search' ? 'Try fewer or different words.' : 'Nothing close is known either.';
  }
  if (answer.match === 'fuzzy') {
    return `No exact match for ${q}; showing the closest: ${answer.matched.join(', ')}`;
  }
  if (answer.results.length === 0) {
    return `${answer.matched.join(', ')} is known, but the corpus has nothing for it yet.`;
  }
  return null;
}

/** Where in the article a snippet stands: "¶3", or "headline" for a hit in the title (paragraph 0). */
export const paragraphLabel = (paragraph: number, space = ''): string => (paragraph === 0 ? 'headline' : `¶${space}${paragraph}`);

/** "Title — outlet, date, ¶3" with the explicit stand-ins "unknown outlet" and "undated". */
export function citationLine(result: AnswerResult): string {
  return `${result.title} — ${result.outlet ?? 'unknown outlet'}, ${result.published ?? 'undated'}, ${result.articleId} ${paragraphLabel(result.paragraph)}`;
}

/** Said of a figure that adds to an earlier total, so nobody reads "3,000" as a competing estimate. */
export const INCREMENT_NOTE = '(in addition to an earlier total)';

/** "11,000", "1.5 %", "0.1 Prozentpunkte": the value read, in its unit. */
export function figureValue(figure: NonNullable<AnswerResult['figure']>): string {
  const unit = UNIT_LABEL[figure.unit];
  return `${formatRange(figure.value, figure.upper)}${unit === '' ? '' : ` ${unit}`}`;
}

/**
 * Who a result credits, with the words the credit was read from when they differ from the name, and whom it was
 * told: "Wolfgang Katzian (as “Katzian”), told APA". A reader can check the credit against the quoted sentence.
 */
export function creditLine(result: AnswerResult): string {
  if (!result.source) return 'no source named';
  const span = result.sourceSpan && result.sourceSpan !== result.source ? ` (as “${result.sourceSpan}”)` : '';
  const via = result.via ? `, told ${result.via}` : '';
  return `${result.source}${span}${via}`;
}

/** "1.5 % (Wachstum) — "1,5" — Wifo": the value and what it measures, the words read, and who gave it. */
export function figureLine(result: AnswerResult): string | null {
  if (!result.figure) return null;
  const measure = result.figure.measure ? ` (${result.figure.measure})` : '';
  const increment = result.figure.increment ? ` ${INCREMENT_NOTE}` : '';
  return `${figureValue(result.figure)}${measure}${increment} — "${result.figure.text}" — ${creditLine(result)}`;
}

/** How many were shown of how many. */
export function countLine(answer: Answer): string | null {
  const total = answer.total ?? answer.results.length;
  if (total === 0) return null;
  return total > answer.results.length ? `Showing ${answer.results.length} of ${total}.` : null;
}

function quote(text: string): string {
  return `"${text}"`;
}
