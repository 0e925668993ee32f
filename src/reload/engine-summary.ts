import { z } from 'zod';
import type { Engine } from '../engine/engine';

/**
 * What a reload report compares: plain data, so it can also be saved as the last loaded snapshot and compared
 * against from the console (`npm run reload`) without a running bot.
 */
export const EngineSummarySchema = z.object({
  articles: z.array(z.object({ id: z.string(), title: z.string(), contentHash: z.string() })),
  figures: z.number().int().nonnegative(),
  attributions: z.number().int().nonnegative(),
  /** Figures per topic label, for topics that have any. */
  topics: z.record(z.string(), z.number().int().nonnegative()),
  /** Quoting sentences per source name, for sources quoted at least once. */
  sources: z.record(z.string(), z.number().int().nonnegative()),
});
export type EngineSummary = z.infer<typeof EngineSummarySchema>;

export type SummarizableEngine = Pick<Engine, 'articles' | 'stats' | 'figureBoard' | 'topSources'>;

/** One linear pass over the engine's articles plus its prebuilt board and source counts. */
export function summarizeEngine(engine: SummarizableEngine): EngineSummary {
  const stats = engine.stats();
  const articles = [...engine.articles.values()].map(({ id, title, contentHash }) => ({ id, title, contentHash }));
  const topics: Record<string, number> = {};
  for (const spread of engine.figureBoard()) topics[spread.label] = spread.figures;
  const sources: Record<string, number> = {};
  for (const source of engine.topSources(Number.MAX_SAFE_INTEGER)) sources[source.name] = source.count;
  return { articles, figures: stats.figures, attributions: stats.attributions, topics, sources };
}
