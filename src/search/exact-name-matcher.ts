import type { NameEntry, NameMatcher } from './name-matcher';
import { nameKey } from './name-key';

/**
 * A matcher that knows names only as written (compared folded, see nameKey): no typos, no suggestions, no
 * autocomplete. For the long tail of a list — names an archive credited once — where a full matcher's records
 * would cost more memory than those names are worth, yet asking for one by name must still find it.
 */
export function exactNameMatcher<T extends { id: string }>(entries: readonly NameEntry<T>[]): NameMatcher<T> {
  const byKey = new Map<string, T[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = nameKey(name);
      if (key === '') continue;
      const items = byKey.get(key);
      if (!items) byKey.set(key, [entry.item]);
      else if (!items.includes(entry.item)) items.push(entry.item);
    }
  }
  return {
    resolve(query) {
      const items = byKey.get(nameKey(query.slice(0, 500)));
      return items
        ? { match: 'exact', items, matchedName: query.trim(), suggestions: [] }
        : { match: 'none', items: [], suggestions: [] };
    },
    complete: () => [],
  };
}
