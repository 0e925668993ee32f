import { eachInSteps } from '../../steps/each-in-steps';

/*
 * Placing what a revision adds into what a filing sorted or ordered before. Both assume the articles kept their
 * relative order, so that whatever the old filing ordered stays in order once the removed articles' part is gone.
 */

/**
 * `list` (sorted by `compare`) with `items` (sorted by it too) placed in it, each after every element that does not
 * come after it. Neither is changed. Costs a binary search per item, then a copy of the list.
 */
export function mergedInto<T>(list: readonly T[], items: readonly T[], compare: (a: T, b: T) => number): T[] {
  const merged: T[] = [];
  let from = 0;
  for (const item of items) {
    let lo = from;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(list[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) merged.push(list[i]!);
    merged.push(item);
    from = lo;
  }
  for (let i = from; i < list.length; i++) merged.push(list[i]!);
  return merged;
}

/**
 * `list` (in the order `compare` gives, which says 0 only of items filed from one article) without `items` (each in
 * it once per time it is listed), each found by binary search: a big topic's or agency's list holds tens of
 * thousands, and reading each of them to drop a few cost a third of a revision.
 */
export function withoutItems<T>(
  list: readonly T[],
  items: readonly T[],
  compare: (a: T, b: T) => number,
): readonly T[] {
  if (items.length === 0) return list;
  const gone = new Set<number>();
  const isNext = (i: number, item: T) => list[i] === item && !gone.has(i);
  for (const item of items) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(list[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    let at = lo;
    while (at < list.length && !isNext(at, item) && compare(list[at]!, item) === 0) at++;
    // Not where the order puts it (a value no order can place, such as NaN): looked for in the whole list.
    if (at >= list.length || !isNext(at, item)) at = list.findIndex((_, i) => isNext(i, item));
    if (at >= 0) gone.add(at);
  }
  const pieces: T[][] = [];
  let from = 0;
  for (const at of [...gone].sort((a, b) => a - b)) {
    pieces.push(list.slice(from, at));
    from = at + 1;
  }
  pieces.push(list.slice(from));
  return ([] as T[]).concat(...pieces);
}

/**
 * A map whose keys are in the order they were first filed, with the values of `changed` keys replaced (null: the
 * key is gone). The other keys keep their order; each changed key goes where `first` places it, a number that
 * grows with the place its key was first filed at (in the new filing) and that is never the same for two keys.
 */
export function* revisedMapSteps<V>(
  old: ReadonlyMap<string, V>,
  changed: ReadonlyMap<string, V | null>,
  first: (key: string, value: V) => number,
): Generator<void, Map<string, V>> {
  const keys: string[] = [];
  const values: V[] = [];
  yield* eachInSteps(old, ([key, value]) => {
    if (changed.has(key)) return;
    keys.push(key);
    values.push(value);
  });
  const moved: { key: string; value: V; at: number }[] = [];
  for (const [key, value] of changed) if (value !== null) moved.push({ key, value, at: first(key, value) });
  moved.sort((a, b) => a.at - b.at);
  // Where each moved key goes among the kept ones: after those first filed before it.
  const places: number[] = [];
  let from = 0;
  for (const { at } of moved) {
    let lo = from;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (first(keys[mid]!, values[mid]!) < at) lo = mid + 1;
      else hi = mid;
    }
    places.push(lo);
    from = lo;
  }
  const revised = new Map<string, V>();
  let next = 0;
  yield* eachInSteps(keys.keys(), (i) => {
    for (; next < moved.length && places[next] === i; next++) revised.set(moved[next]!.key, moved[next]!.value);
    revised.set(keys[i]!, values[i]!);
  });
  for (; next < moved.length; next++) revised.set(moved[next]!.key, moved[next]!.value);
  return revised;
}
