import type { Attribution, Figure } from '../analysis/types';
import type { ArticleHeader } from '../corpus/article';
import { sortByKeys } from './sort-by-keys';

/** Orders figures by value, then newest article first, then position: the order every /figure answer uses. */
export function sortFigures(data: { articles: ReadonlyMap<string, ArticleHeader> }, figures: Figure[]): Figure[] {
  const ids = new Set<string>();
  for (const f of figures) ids.add(f.articleId);
  return sortFiguresByRank(
    figures,
    recencyRanks(ids, (id) => data.articles.get(id)?.published ?? null),
  );
}

/**
 * Article ids ranked newest first, then by id (localeCompare): the order figures and quotations from different
 * articles are listed in. Ids that compare equal share a rank, so comparing ranks gives exactly what comparing
 * dates and ids gives. A build sorts every figure of the archive: looking two dates up in a Map per comparison
 * costs far more than ranking each article once.
 */
export function recencyRanks(ids: Iterable<string>, published: (id: string) => string | null): Map<string, number> {
  const dated = [...ids].map((id) => ({ id, published: published(id) ?? '' }));
  dated.sort(newestFirst);
  const ranks = new Map<string, number>();
  let rank = 0;
  dated.forEach((entry, i) => {
    if (i > 0 && newestFirst(dated[i - 1]!, entry) !== 0) rank++;
    ranks.set(entry.id, rank);
  });
  return ranks;
}

/** Articles newest first, then by id (localeCompare), an undated one as the oldest: the order recencyRanks ranks. */
export function newestFirst(a: { id: string; published: string }, b: { id: string; published: string }): number {
  return b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
}

/**
 * sortFigures with the articles already ranked (see recencyRanks; every figure's article must have a rank). Sorts
 * in place, by keys read once per figure rather than once per comparison; the sort is stable, as sortFigures' is.
 */
export function sortFiguresByRank(figures: Figure[], ranks: ReadonlyMap<string, number>): Figure[] {
  return sortByKeys(figures, [
    (f) => f.value,
    (f) => f.upper ?? f.value,
    (f) => ranks.get(f.articleId)!,
    (f) => f.paragraph,
    (f) => f.sentence,
  ]);
}

/**
 * The order of sortFiguresByRank as a comparison, with `recency` comparing two articles' ids as newestFirst does:
 * for placing a few figures in a list sorted before (see revise-facts), where ranking every article again would
 * cost more than the placing.
 */
export function compareFigures(a: Figure, b: Figure, recency: (a: string, b: string) => number): number {
  return (
    a.value - b.value ||
    (a.upper ?? a.value) - (b.upper ?? b.value) ||
    recency(a.articleId, b.articleId) ||
    a.paragraph - b.paragraph ||
    a.sentence - b.sentence
  );
}

/**
 * Newest article first, then by article id, paragraph and sentence: the order /source lists quotations in.
 * In place and stable, by keys read once per attribution (ranks from recencyRanks).
 */
export function sortAttributionsByRank(list: Attribution[], ranks: ReadonlyMap<string, number>): void {
  sortByKeys(list, [(a) => ranks.get(a.articleId)!, (a) => a.paragraph, (a) => a.sentence]);
}

/** The order of sortAttributionsByRank as a comparison (see compareFigures). */
export function compareAttributions(a: Attribution, b: Attribution, recency: (a: string, b: string) => number): number {
  return recency(a.articleId, b.articleId) || a.paragraph - b.paragraph || a.sentence - b.sentence;
}
