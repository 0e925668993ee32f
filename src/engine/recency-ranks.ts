/**
 * Article ids ranked newest first, then by id (localeCompare): the order figures and quotations from different
 * articles are listed in. Ids that compare equal share a rank, so comparing ranks gives exactly what comparing
 * dates and ids gives. A build sorts every figure of the archive: looking two dates up in a Map per comparison
 * costs far more than ranking each article once.
 */
export function recencyRanks(ids: Iterable<string>, published: (id: string) => string | null): Map<string, number> {
  const dated = [...ids].map((id) => ({ id, published: published(id) ?? '' }));
  const newestFirst = (a: { id: string; published: string }, b: { id: string; published: string }) =>
    b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
  dated.sort(newestFirst);
  const ranks = new Map<string, number>();
  let rank = 0;
  dated.forEach((entry, i) => {
    if (i > 0 && newestFirst(dated[i - 1]!, entry) !== 0) rank++;
    ranks.set(entry.id, rank);
  });
  return ranks;
}
