import type { Figure } from '../analysis/types';
import type { ArticleHeader } from '../corpus/article';
import type { TopicSpread } from './engine';
import type { FigureList } from './figure-list';
import { recencyRanks } from './figure-order';
import { sortByKeys } from './sort-by-keys';
import { topicSpread } from './topic-spread';

/**
 * A long figure list about one thing (a topic, a vocabulary subject) read as "what does each source say now": each
 * source's most recent figure first, then the rest. The value order of a short list would, at archive size, fill
 * the first page with the lowest values of whichever sources happened to state them.
 */
export interface LatestBySource {
  /**
   * Each source's most recent figure, newest article first and undated after dated; the figures no source is
   * named for count as one more "source" whose latest figure comes after every named source's.
   */
  latest: readonly Figure[];
  /** Every other figure, source by source in the order of `latest`, each source's newest first. */
  older: readonly Figure[];
  /** The spread across `latest` only, by the same rules as a topic's (one unit; increments left out). */
  spread: TopicSpread | null;
}

// Worked out once per list: a big topic's list has tens of thousands of figures and is asked for again and again.
const views = new WeakMap<FigureList, LatestBySource>();

export function latestBySource(
  list: FigureList,
  articles: { get(id: string): Pick<ArticleHeader, 'published'> | undefined },
): LatestBySource {
  const known = views.get(list);
  if (known) return known;
  const ids = new Set(list.figures.map((f) => f.articleId));
  const ranks = recencyRanks(ids, (id) => articles.get(id)?.published ?? null);
  // Within one article a stated total is the source's figure before an addition to it ("weitere 3.000").
  const newestFirst = sortByKeys(
    [...list.figures],
    [(f) => ranks.get(f.articleId)!, (f) => (f.increment ? 1 : 0), (f) => f.paragraph, (f) => f.sentence],
  );
  const bySource = new Map<string, Figure[]>();
  for (const f of newestFirst) {
    const key = sourceKey(f);
    const figures = bySource.get(key);
    if (figures) figures.push(f);
    else bySource.set(key, [f]);
  }
  // Map order is the order each source's newest figure came in: newest first. Unattributed figures go last.
  const groups = [...bySource.values()];
  const ordered = [...groups.filter((g) => g[0]!.source !== null), ...groups.filter((g) => g[0]!.source === null)];
  const latest = ordered.map((g) => g[0]!);
  const view: LatestBySource = {
    latest,
    older: ordered.flatMap((g) => g.slice(1)),
    spread: topicSpread(list.topicId, list.label, latest, list.oneSubject),
  };
  views.set(list, view);
  return view;
}

/**
 * Whose figure in what unit: a source's troop count and the dollars it says each soldier is paid are two figures it
 * stands by, not one replacing the other.
 */
function sourceKey(f: Figure): string {
  return `${f.source ?? ''}\u0000${f.unit}`;
}
