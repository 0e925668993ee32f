import type { NameMatcher, NameResolution } from './name-matcher';

const SUGGESTIONS = 5;

/**
 * Two name lists as one, the first preferred: an exact name in either wins, then a typo of a name in the first,
 * then a typo of one in the second. Suggestions come from the first list before the second. Curated names (the
 * lexicon's sources) thus answer "kcan" and "BBC" the same whatever the archive discovers beside them: a corpus
 * of thousands of names found in the text always holds some name a typo away.
 *
 * @param weight orders the empty-prefix autocomplete across both lists (how often a source is cited).
 */
export function preferringFirst<T extends { id: string }>(
  first: NameMatcher<T>,
  second: NameMatcher<T>,
  weight: (item: T) => number,
): NameMatcher<T> {
  return {
    resolve(query: string): NameResolution<T> {
      const preferred = first.resolve(query);
      if (preferred.match === 'exact') return preferred;
      const other = second.resolve(query);
      if (other.match === 'exact') return other;
      if (preferred.match === 'fuzzy') return preferred;
      const suggestions = unique([...preferred.suggestions, ...other.suggestions]).slice(0, SUGGESTIONS);
      return other.match === 'fuzzy' ? { ...other, suggestions } : { match: 'none', items: [], suggestions };
    },
    complete(prefix: string, limit: number): T[] {
      const empty = prefix.trim() === '';
      const preferred = first.complete(prefix, limit);
      // A prefix the first list fills needs no walk of the second; the empty prefix ranks both by weight.
      if (!empty && preferred.length >= limit) return preferred;
      const both = unique([...preferred, ...second.complete(prefix, empty ? limit : limit - preferred.length)]);
      if (empty) both.sort((a, b) => weight(b) - weight(a));
      return both.slice(0, limit);
    },
  };
}

function unique<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}
