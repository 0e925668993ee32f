import type { AnswerResult } from '../engine/answer';
import type { Locale } from '../locale/locale';
import { figureValue } from './answer-wording';

export interface FigureGroup {
  /** "11,000", "1.5 % (Wachstum)": the value and what it measures, as every figure of the group states it. */
  heading: string;
  results: AnswerResult[];
}

/**
 * Consecutive figures of the same value and measure, so sources that disagree stand side by side: the console's
 * groups and the Discord figure table are the same groups. Results without a figure are left out.
 */
export function groupFiguresByValue(results: readonly AnswerResult[], locale: Locale): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const r of results) {
    if (!r.figure) continue;
    const measure = r.figure.measure ? ` (${r.figure.measure})` : '';
    const heading = `${figureValue(r.figure, locale)}${measure}`;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.results.push(r);
    else groups.push({ heading, results: [r] });
  }
  return groups;
}
