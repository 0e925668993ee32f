import type { Attribution } from '../../analysis/types';
import type { SourceCount, TopicSpread } from '../../engine/engine';
import type { FigureList } from '../../engine/figure-list';
import type { KnownSource } from '../../engine/known-sources';
import type { Lexicon } from '../../lexicon/schema';

/*
 * What the board and /sources read off the filed lists: the topics' spreads and the sources by how often they are
 * quoted. Both are few entries per topic or source, worked out from the lists once per filing.
 */

/** The spreads of the topics that have one, most figures first. */
export function topicSpreads(lexicon: Lexicon, topicLists: ReadonlyMap<string, FigureList>): TopicSpread[] {
  const spreads: TopicSpread[] = [];
  for (const topic of lexicon.topics) {
    const spread = topicLists.get(topic.id)?.spread;
    if (spread) spreads.push(topic.labels ? { ...spread, labels: topic.labels } : spread);
  }
  return spreads.sort((a, b) => b.figures - a.figures || a.label.localeCompare(b.label));
}

/** Sources by how often they are quoted, most first, then by name; equal ones in the order of `sources`. */
export function sourceCountsOf(
  sources: ReadonlyMap<string, KnownSource>,
  bySource: ReadonlyMap<string, readonly Attribution[]>,
): SourceCount[] {
  return [...new Set(sources.values())]
    .map((s) => sourceCount(s, bySource.get(s.id)?.length ?? 0))
    .filter((s) => s.count > 0)
    .sort(byCount);
}

export function sourceCount(s: KnownSource, count: number): SourceCount {
  return { sourceId: s.id, name: s.name, ...(s.labels !== undefined && { labels: s.labels }), count };
}

export function byCount(a: SourceCount, b: SourceCount): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}
