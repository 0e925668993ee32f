import type { TopLevelSpec } from 'vega-lite';
import type { Answer } from '../../engine/answer';
import { UNIT_LABEL } from '../../analysis/units';
import { messages } from '../../i18n/catalog';
import { formatNumber, formatPublished } from '../../locale/intl-format';
import type { Locale } from '../../locale/locale';
import { spreadText } from '../answer-wording';
import { displayName } from '../display-name';
import { CHART_LOCALE, DATE_FORMAT } from './chart-locale';

/** One estimate as the chart plots it. */
export interface ChartPoint {
  source: string;
  value: number;
  /** The upper end of a range, drawn as a line up from `value`. */
  upper: number | null;
  /** ISO date; null when the article is undated. */
  date: string | null;
}

export interface FigureChartPlan {
  spec: TopLevelSpec;
  points: ChartPoint[];
  /** The chart in words: the embed says it, and it is the image's alt text. */
  description: string;
}

export const CHART_FILE_NAME = 'figure.png';
const WIDTH = 640;
const HEIGHT = 320;
const COLOUR = '#2b6cb0';

/**
 * The chart of a /figure answer, as a Vega-Lite spec: each estimate by source over publication date (or by value
 * when an article is undated), with the spread shaded. Only the figures the spread is worked out from are charted
 * — one unit, one subject, no additions to earlier totals, and at archive size each source's latest figure — so
 * what the chart shows is what the spread line says.
 * Null when the answer has no spread (mixed units, different things measured) or fewer than two such figures.
 * Pass the full answer (`{ all: true }`) so the chart and the spread cover the same figures.
 */
export function figureChartPlan(answer: Answer, locale: Locale): FigureChartPlan | null {
  const spread = answer.spread;
  if (answer.command !== 'figure' || !spread) return null;
  const m = messages(locale);
  const points: ChartPoint[] = [];
  // At archive size the spread is across each source's latest figure, which the answer lists first.
  const basis = answer.latestBySource === undefined ? answer.results : answer.results.slice(0, answer.latestBySource);
  for (const r of basis) {
    const f = r.figure;
    if (!f || f.increment || f.unit !== spread.unit) continue;
    points.push({
      source: r.source ? displayName(r.source, r.sourceLabels, locale) : m.answer.noSourceNamed,
      value: f.value,
      upper: f.upper ?? null,
      date: r.published,
    });
  }
  if (points.length < 2) return null;
  const byDate = points.every((p) => p.date !== null);
  const dates = points.flatMap((p) => (p.date ? [p.date] : [])).sort();
  const [first] = dates;
  const last = dates.at(-1);
  const unit = UNIT_LABEL[spread.unit];
  const spreadWords = spreadText(spread, locale);
  const description = m.chart.describe(
    {
      figures: points.length,
      sources: new Set(
        basis
          .filter((r) => r.source && r.figure && !r.figure.increment && r.figure.unit === spread.unit)
          .map((r) => r.source),
      ).size,
      unattributed: points.filter((p) => p.source === m.answer.noSourceNamed).length,
      byDate,
      first: first ? formatPublished(first, locale) : null,
      last: last ? formatPublished(last, locale) : null,
      spread: spreadWords,
    },
    (n) => formatNumber(n, locale),
  );
  const valueAxis = { title: m.chart.value(unit), format: ',~f' };
  const value = {
    field: 'value',
    type: 'quantitative' as const,
    axis: valueAxis,
    scale: { zero: false, nice: true, padding: 12 },
  };
  const colour = { field: 'source', type: 'nominal' as const, title: m.chart.source, scale: { scheme: 'tableau10' } };
  // The band has a data row of its own: drawn from the points' data it would be one rectangle per point.
  const band = { data: { values: [{}] }, mark: { type: 'rect' as const, color: COLOUR, opacity: 0.15 } };
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    padding: 12,
    title: { text: spreadWords, anchor: 'start', fontSize: 15 },
    data: { values: points },
    layer: byDate
      ? [
          { ...band, encoding: { y: { datum: spread.min }, y2: { datum: spread.max } } },
          {
            mark: { type: 'rule', strokeWidth: 2 },
            transform: [{ filter: 'datum.upper != null' }],
            encoding: { x: dateX(locale, m.chart.date), y: value, y2: { field: 'upper' }, color: colour },
          },
          {
            mark: { type: 'point', filled: true, size: 90, opacity: 0.9 },
            encoding: {
              x: dateX(locale, m.chart.date),
              y: value,
              color: colour,
              tooltip: [{ field: 'source' }, { field: 'value' }],
            },
          },
        ]
      : [
          { ...band, encoding: { x: { datum: spread.min }, x2: { datum: spread.max } } },
          {
            mark: { type: 'rule', strokeWidth: 2 },
            transform: [{ filter: 'datum.upper != null' }],
            encoding: {
              y: sourceY(m.chart.source),
              x: value,
              x2: { field: 'upper' },
              color: { ...colour, legend: null },
            },
          },
          {
            mark: { type: 'point', filled: true, size: 90, opacity: 0.9 },
            encoding: { y: sourceY(m.chart.source), x: value, color: { ...colour, legend: null } },
          },
        ],
    config: {
      locale: CHART_LOCALE[locale],
      font: 'DejaVu Sans, Liberation Sans, Arial, sans-serif',
      legend: { symbolLimit: 20, labelLimit: 280 },
      axis: { labelLimit: 280 },
    },
  };
  return { spec, points, description };
}

function dateX(locale: Locale, title: string) {
  return {
    field: 'date',
    type: 'temporal' as const,
    title,
    scale: { type: 'utc' as const },
    axis: { format: DATE_FORMAT[locale], labelAngle: 0 },
  };
}

function sourceY(title: string) {
  return { field: 'source', type: 'nominal' as const, title, sort: { field: 'value', op: 'min' as const } };
}
