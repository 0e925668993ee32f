import type { Answer, AnswerResult } from '../engine/answer';
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

/** "Figures for troops — matched Soldaten, Truppen", "Sources: KCNA", "No source named BBC". */
export function answerHeadline(answer: Answer): string {
  const q = answer.query.trim();
  if (answer.match === 'none' || (answer.results.length === 0 && answer.matched.length === 0)) {
    return answer.command === 'search' ? `Nothing found for ${quote(q)}` : `No ${NOUN[answer.command]} named ${quote(q)}`;
  }
  const matched = answer.matched.join(', ');
  switch (answer.command) {
    case 'figure':
      return `Figures for ${q} — matched ${matched}`;
    case 'source':
      return `What the corpus quotes ${matched} as saying`;
    case 'search':
      return `Search: ${q}${matched ? ` — matched ${matched}` : ''}`;
    case 'article':
      return `Article ${matched}`;
  }
}

/** A line that says how the query matched, or null when it matched exactly and needs no comment. */
export function matchNotice(answer: Answer): string | null {
  const q = quote(answer.query.trim());
  if (answer.match === 'none' || (answer.results.length === 0 && answer.matched.length === 0)) {
    if (answer.suggestions.length > 0) {
      return `Closest known names (suggestions, not matches): ${answer.suggestions.join(', ')}`;
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

/** "Title — outlet, date, ¶3" with the explicit stand-ins "unknown outlet" and "undated". */
export function citationLine(result: AnswerResult): string {
  return `${result.title} — ${result.outlet ?? 'unknown outlet'}, ${result.published ?? 'undated'}, ${result.articleId} ¶${result.paragraph}`;
}

/** "rund 11.000 Soldaten → 11,000" style: the words read and the value read from them. */
export function figureLine(result: AnswerResult): string | null {
  if (!result.figure) return null;
  const value = formatRange(result.figure.value, result.figure.upper);
  return `${value} — "${result.figure.text}"${result.source ? ` — ${result.source}` : ' — no source named'}`;
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
