import type { AnswerResult } from '../engine/answer';
import { messages } from '../i18n/catalog';
import { formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { figureValue, outletOf, publishedOf } from './answer-wording';
import { displayName } from './display-name';
import { truncateAtSentence } from './discord-truncate';
import { groupFiguresByValue } from './figure-groups';

/** A row is a glance, not a citation: a name or outlet that runs on is cut. */
const ROW_MAX = 160;

export interface FigureTableOptions {
  /** The answer's `latestBySource`: its first results are each source's latest figure (see Answer). */
  latestBySource?: number;
  /** The closing line of a cut table, given how many figures it left out; by default they are on the next pages. */
  more?: (left: string) => string;
  /** False for the console: values as plain text rather than Discord's bold. */
  markdown?: boolean;
}

/**
 * A /figure answer's figures at a glance, one line each under its value, in at most `budget` characters:
 *
 *     **11.000**
 *     • NIS — Yonhap, Mo., 28. Apr. 2025
 *     • no source named — unknown outlet, undated
 *
 * A long list read source by source lists each source's latest figure instead, newest first, the value on its line:
 *
 *     • **11.000** · NIS — Yonhap, Mo., 28. Apr. 2025
 *
 * The words read and the sentence are on the pages that follow; this is the list a reporter scans for the spread.
 * Null when the answer has no figures to tabulate.
 */
export function figureTable(
  results: readonly AnswerResult[],
  locale: Locale,
  budget: number,
  options: FigureTableOptions = {},
): string | null {
  const m = messages(locale).answer;
  const more = options.more ?? m.moreFigures;
  const latest = options.latestBySource;
  const groups =
    latest === undefined
      ? groupFiguresByValue(results, locale)
      : [{ heading: null, results: results.slice(0, latest).filter((r) => r.figure) }];
  if (groups.every((g) => g.results.length === 0)) return null;
  const total = latest ?? groups.reduce((sum, g) => sum + g.results.length, 0);
  const lines: string[] = [];
  let used = 0;
  let shown = 0;
  // Room is kept for the closing "…and N more" line, so a cut list always says it was cut.
  const reserve = more(formatNumber(total, locale)).length + 1;
  const take = (text: string): boolean => {
    if (used + text.length + 1 + reserve > budget) return false;
    lines.push(text);
    used += text.length + 1;
    return true;
  };
  for (const group of groups) {
    const plain = options.markdown === false;
    const rows = group.results.map((r) => row(r, locale, group.heading === null ? (plain ? String : bold) : null));
    if (group.heading !== null) {
      // A heading is only worth its line with at least its first figure under it.
      if (used + group.heading.length + 5 + (rows[0]?.length ?? 0) + 1 + reserve > budget) break;
      take(plain ? `■ ${group.heading}` : bold(group.heading));
    }
    let complete = true;
    for (const line of rows) {
      if (!take(line)) {
        complete = false;
        break;
      }
      shown += 1;
    }
    if (!complete) break;
  }
  if (shown < total) lines.push(more(formatNumber(total - shown, locale)));
  return lines.join('\n');
}

/** A figure's line; with `value`, the value leads it (the latest-by-source table, which is not grouped by value). */
function bold(text: string): string {
  return `**${text}**`;
}

function row(r: AnswerResult, locale: Locale, value: ((text: string) => string) | null): string {
  const m = messages(locale).answer;
  const source = r.source ? displayName(r.source, r.sourceLabels, locale) : m.noSourceNamed;
  const qualifier = r.figure?.qualifier ? ` (${r.figure.qualifier})` : '';
  const increment = r.figure?.increment ? ` ${m.incrementShort}` : '';
  const measure = r.figure?.measure ? ` (${r.figure.measure})` : '';
  const lead = value && r.figure ? `${value(`${figureValue(r.figure, locale)}${measure}`)} · ` : '';
  const line = `• ${lead}${source}${qualifier}${increment} — ${outletOf(r, locale)}, ${publishedOf(r, locale)}`;
  return truncateAtSentence(line, ROW_MAX);
}
