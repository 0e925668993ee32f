/**
 * Sorts `list` in place, stably, by numeric keys compared in turn (the first that differs decides). Each key is
 * read once per item into a typed column rather than once per comparison: the corpus build sorts lists of tens of
 * thousands of figures and quotations this way, and reading keys in the comparator dominated it.
 */
export function sortByKeys<T>(list: T[], keys: readonly ((item: T) => number)[]): T[] {
  const n = list.length;
  const columns = keys.map((key) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = key(list[i]!);
    return column;
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    for (const column of columns) {
      const difference = column[a]! - column[b]!;
      if (difference !== 0) return difference;
    }
    return 0;
  });
  const sorted = order.map((i) => list[i]!);
  for (let i = 0; i < n; i++) list[i] = sorted[i]!;
  return list;
}
