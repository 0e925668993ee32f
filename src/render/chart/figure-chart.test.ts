import { Resvg } from '@resvg/resvg-js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../tests/support/engine';
import type { Answer, AnswerResult } from '../../engine/answer';
import type { Engine } from '../../engine/engine';
import { figureChart } from './figure-chart';
import { figureChartPlan, type ChartPoint } from './figure-chart-spec';
import { RESVG_OPTIONS } from './render-chart';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});

function full(query: string): Answer {
  const outcome = engine.answer({ name: 'figure', query }, { all: true });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.answer;
}

/** What the chart should plot: the figures the spread is worked out from. */
function spreadPoints(answer: Answer): Array<Pick<ChartPoint, 'value' | 'upper' | 'date'>> {
  return answer.results
    .filter((r) => r.figure && !r.figure.increment && r.figure.unit === answer.spread?.unit)
    .map((r) => ({ value: r.figure!.value, upper: r.figure!.upper ?? null, date: r.published }));
}

function dataValues(plan: NonNullable<ReturnType<typeof figureChartPlan>>): ChartPoint[] {
  const data = plan.spec.data;
  if (!data || !('values' in data) || !Array.isArray(data.values)) throw new Error('the spec carries its data inline');
  return data.values as ChartPoint[];
}

function result(
  value: number,
  published: string | null,
  unit: 'count' | 'percent' = 'count',
  source = 'NIS',
): AnswerResult {
  return {
    articleId: `a${value}`,
    title: 't',
    outlet: null,
    published,
    paragraph: 1,
    snippet: `${value} Soldaten.`,
    source,
    figure: { value, text: String(value), unit },
  };
}

function answerOf(results: AnswerResult[], spread: Answer['spread']): Answer {
  return {
    command: 'figure',
    query: 'q',
    matched: ['Soldaten'],
    suggestions: [],
    match: 'exact',
    ...(spread && { spread }),
    total: results.length,
    results,
  };
}

const spreadOf = (min: number, max: number) => ({ min, max, unit: 'count' as const, sources: 2, unattributed: 0 });

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the /figure chart spec', () => {
  it('plots exactly the figures of the spread, by value when not every article is dated', () => {
    const answer = full('troops');
    const plan = figureChartPlan(answer, 'de');
    if (!plan) throw new Error('troops has a spread and a chart');
    const values = dataValues(plan);
    expect(values.map(({ value, upper, date }) => ({ value, upper, date }))).toEqual(spreadPoints(answer));
    expect(Math.min(...values.map((v) => v.value))).toBe(answer.spread?.min);
    expect(Math.max(...values.map((v) => v.upper ?? v.value))).toBe(answer.spread?.max);
    expect(values.some((v) => v.date === null)).toBe(true);
    expect(JSON.stringify(plan.spec)).toContain('"y":{"field":"source"');
    expect(plan.description).toMatch(/^Diagramm mit \d+ Zahlen \(\d+ Quellen\), nach Wert .*Spanne 8\.000–12\.000/);
  });

  it('plots over publication date when every figure is dated, with the spread as the shaded band', () => {
    const answer = answerOf(
      [result(8000, '2025-03-01'), result(12000, '2025-04-01', 'count', 'KCNA')],
      spreadOf(8000, 12000),
    );
    const plan = figureChartPlan(answer, 'en');
    expect(dataValues(plan!)).toEqual([
      { source: 'NIS', value: 8000, upper: null, date: '2025-03-01' },
      { source: 'KCNA', value: 12000, upper: null, date: '2025-04-01' },
    ]);
    const layers = JSON.stringify(plan!.spec);
    expect(layers).toContain('"y":{"datum":8000},"y2":{"datum":12000}');
    expect(layers).toContain('"x":{"field":"date","type":"temporal"');
    expect(plan!.description).toBe(
      'Chart of 2 figures from 2 sources, by publication date (2025-03-01 to 2025-04-01); shaded: the spread 8,000–12,000 from 2 sources.',
    );
  });

  it("plots only each source's latest figure when the spread is across those (archive size)", () => {
    const latest = [result(9000, '2025-05-01'), result(11000, '2025-05-02', 'count', 'KCNA')];
    const older = [result(5000, '2024-01-01'), result(20000, '2024-02-01', 'count', 'KCNA')];
    const answer = { ...answerOf([...latest, ...older], spreadOf(9000, 11000)), latestBySource: 2 };
    expect(dataValues(figureChartPlan(answer, 'en')!).map((p) => p.value)).toEqual([9000, 11000]);
  });

  it('draws no chart for fewer than two figures, for an answer without a spread, or across units', () => {
    expect(figureChartPlan(answerOf([result(8000, null)], spreadOf(8000, 8000)), 'en')).toBeNull();
    expect(figureChartPlan(answerOf([result(8000, null), result(9000, null)], undefined), 'en')).toBeNull();
    // A spread in one unit charts only that unit's figures; one left is not a chart.
    expect(
      figureChartPlan(answerOf([result(8000, null), result(1.5, null, 'percent')], spreadOf(8000, 8000)), 'en'),
    ).toBeNull();
  });
});

describe('the /figure chart image', () => {
  it('is a PNG of a sensible size, drawn from the same spec', async () => {
    const chart = await figureChart(full('troops'), 'en');
    if (!chart) throw new Error('troops has a chart');
    const { width, height } = pngSize(chart.png);
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(width).toBeLessThanOrEqual(3000);
    expect(height).toBeGreaterThanOrEqual(500);
    expect(height).toBeLessThanOrEqual(1600);
    expect(chart.name).toBe('figure.png');
  });

  it('has a font to draw its text with on this machine (resvg draws no text without one)', () => {
    const text =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="22" font-family="sans-serif" font-size="18">8.000 Ä</text></svg>';
    const pixels = new Resvg(text, RESVG_OPTIONS).render().pixels;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) inked += 1;
    expect(inked).toBeGreaterThan(50);
  });

  it('loads vega, vega-lite and resvg only in the module the chart imports on first use', () => {
    const heavy = /^import (?!type )[^;]*from '(vega|vega-lite|@resvg\/resvg-js)'/m;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const importing = files('src').filter((f) => !f.endsWith('.test.ts') && heavy.test(readFileSync(f, 'utf8')));
    expect(importing).toEqual([join('src', 'render', 'chart', 'render-chart.ts')]);
    const staticUse = files('src').filter((f) =>
      /from '\.\/render-chart'|from '.*chart\/render-chart'/.test(readFileSync(f, 'utf8')),
    );
    expect(staticUse.filter((f) => !f.endsWith('.test.ts'))).toEqual([]);
  });
});
