import type { Answer } from '../../engine/answer';
import type { Locale } from '../../locale/locale';
import { CHART_FILE_NAME, figureChartPlan } from './figure-chart-spec';

export interface FigureChart {
  name: typeof CHART_FILE_NAME;
  png: Buffer;
  description: string;
}

/**
 * The /figure chart as a PNG, or null when the answer gets none (see figureChartPlan). Vega, Vega-Lite and resvg are
 * loaded here on first use, not when the bot or the console starts: they are a few megabytes of code that most
 * processes (a build worker, `npm run reload`) never need.
 */
export async function figureChart(answer: Answer, locale: Locale): Promise<FigureChart | null> {
  const plan = figureChartPlan(answer, locale);
  if (!plan) return null;
  const { renderChartPng } = await import('./render-chart');
  return { name: CHART_FILE_NAME, png: await renderChartPng(plan.spec), description: plan.description };
}
