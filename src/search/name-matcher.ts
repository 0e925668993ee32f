import Fuse from 'fuse.js';
import { nameKey } from './name-key';
import { createNameRecords, type NameRecord } from './name-records';
import { osaDistance } from './osa-distance';
import { typoDistance } from './typo-rule';
import { runToEnd } from '../steps/run-steps';

export interface NameEntry<T> {
  item: T;
  /** Every way to name the item: name, aliases, id, title. Compared folded (see nameKey). */
  names: string[];
  /** Orders equally good matches and the empty-prefix autocomplete, e.g. how often a source is cited. */
  weight?: number;
}

type NameMatch = 'exact' | 'fuzzy' | 'none';

export interface NameResolution<T> {
  match: NameMatch;
  /** The matched items, best first. Empty when `match` is 'none'. */
  items: T[];
  /** The name or alias, as written in the list, that the query matched. */
  matchedName?: string;
  /** Close names worth offering when nothing matched (or besides a fuzzy match); never presented as matches. */
  suggestions: T[];
}

export interface NameMatcher<T> {
  resolve(query: string): NameResolution<T>;
  /**
   * Autocomplete: the name itself, then names starting with the prefix, then names with a word starting with
   * it, then names whose start is a typo of it; each group by weight. Empty prefix → heaviest first.
   */
  complete(prefix: string, limit: number): T[];
}

export interface MatcherOptions {
  /**
   * How many names, heaviest first, autocomplete may walk for a prefix: for a long list of names of little weight
   * each (names an archive discovered), so a keystroke never walks tens of thousands. Unbounded by default.
   */
  completionWalk?: number;
}

const SUGGESTIONS = 5;
// Fuzzy resolution compares with at most this many names: all of a lexicon, or for long lists (article
// titles) the names that could pass the typo rule at all (first or second letter shared, length within three),
// since fuse over 100,000 titles takes seconds.
const FUZZY_POOL = 2_000;
const MAX_TYPO_LENGTH_DIFFERENCE = 3;

/**
 * Resolves user input against a list of names (lexicon sources, topics, article ids and titles).
 * Fuse finds and ranks candidates; the typo rule (typo-rule.ts) decides whether a candidate is the same name
 * mistyped or merely a similar different name, because fuse scores alone cannot tell "kcan" (KCNA) from
 * "BBC" (not KBS) for three- and four-letter names.
 */
export function createNameMatcher<T extends { id: string }>(entries: NameEntry<T>[]): NameMatcher<T> {
  return runToEnd(createNameMatcherInSlices(entries));
}

/**
 * createNameMatcher in slices: yields every few hundred entries, so a reload building a matcher over
 * every article title keeps the event loop answering.
 */
export function* createNameMatcherInSlices<T extends { id: string }>(
  entries: NameEntry<T>[],
  options: MatcherOptions = {},
): Generator<void, NameMatcher<T>> {
  const walk = options.completionWalk ?? Number.POSITIVE_INFINITY;
  const names = yield* createNameRecords(entries.map((e) => ({ names: e.names, weight: e.weight ?? 0 })));
  const { records } = names;
  let wholeFuse: Fuse<NameRecord> | null = null;

  const itemsOf = (entryIndexes: Iterable<number>): T[] => {
    const seen = new Set<string>();
    const items: T[] = [];
    for (const i of entryIndexes) {
      const item = entries[i]?.item;
      if (item && !seen.has(item.id)) {
        seen.add(item.id);
        items.push(item);
      }
    }
    return items;
  };

  /** Names a fuzzy match may come from: every name of a short list, else those sharing a first letter. */
  function fuzzyPool(key: string): { pool: readonly NameRecord[]; fuse: Fuse<NameRecord> } {
    if (records.length <= FUZZY_POOL) {
      wholeFuse ??= newFuse(records);
      return { pool: records, fuse: wholeFuse };
    }
    const compact = key.replace(/ /g, '');
    const plausible = (r: number) =>
      Math.abs(records[r]!.compact.length - compact.length) <= MAX_TYPO_LENGTH_DIFFERENCE ||
      Math.abs(records[r]!.key.length - key.length) <= MAX_TYPO_LENGTH_DIFFERENCE;
    const pool = [...new Set([...names.byFirstChar(compact[0] ?? ''), ...names.byFirstChar(compact[1] ?? '')])]
      .filter(plausible)
      .slice(0, FUZZY_POOL)
      .map((r) => records[r]!);
    return { pool, fuse: newFuse(pool) };
  }

  interface Candidate {
    record: NameRecord;
    distance: number;
    score: number;
  }

  function fuzzyCandidates(key: string, fuse: Fuse<NameRecord>): Candidate[] {
    return fuse
      .search(key)
      .map((r) => ({
        record: r.item,
        distance: Math.min(typoDistance(key, r.item.key) ?? Infinity, typoDistance(key, r.item.compact) ?? Infinity),
        score: r.score ?? 1,
      }))
      .filter((c) => Number.isFinite(c.distance))
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          a.score - b.score ||
          names.weightOf(b.record.entry) - names.weightOf(a.record.entry) ||
          a.record.order - b.record.order,
      );
  }

  function suggestionsFor(key: string, pool: readonly NameRecord[], fuse: Fuse<NameRecord>, exclude: Set<number>): T[] {
    // Looser than a match on purpose: "BBC" should show KBS as a suggestion though it is no typo of it.
    const limit = Math.max(2, Math.ceil(key.length / 2));
    const ranked = new Map<number, number>();
    for (const r of fuse.search(key, { limit: SUGGESTIONS * 2 })) {
      const d = osaDistance(key, r.item.key, limit + 2);
      ranked.set(r.item.entry, Math.min(ranked.get(r.item.entry) ?? Infinity, d + (r.score ?? 1)));
    }
    for (const record of pool) {
      const d = osaDistance(key, record.key, limit);
      if (d <= limit) ranked.set(record.entry, Math.min(ranked.get(record.entry) ?? Infinity, d));
    }
    const order = [...ranked.entries()]
      .filter(([entry]) => !exclude.has(entry))
      .sort((a, b) => a[1] - b[1] || names.weightOf(b[0]) - names.weightOf(a[0]))
      .map(([entry]) => entry);
    return itemsOf(order).slice(0, SUGGESTIONS);
  }

  function resolve(query: string): NameResolution<T> {
    const key = nameKey(query.slice(0, 500));
    if (!key) return { match: 'none', items: [], suggestions: [] };

    const exact = names.exact(key) ?? names.contained(key);
    if (exact) {
      return {
        match: 'exact',
        items: itemsOf(exact.map((r) => r.entry)),
        matchedName: exact[0]!.display,
        suggestions: [],
      };
    }

    const { pool, fuse } = fuzzyPool(key);
    const fuzzy = fuzzyCandidates(key, fuse);
    const best = fuzzy[0];
    if (best) {
      const tied = fuzzy.filter((c) => c.distance === best.distance).map((c) => c.record.entry);
      return {
        match: 'fuzzy',
        items: itemsOf(tied),
        matchedName: best.record.display,
        suggestions: suggestionsFor(key, pool, fuse, new Set(tied)),
      };
    }
    return { match: 'none', items: [], suggestions: suggestionsFor(key, pool, fuse, new Set()) };
  }

  function complete(prefix: string, limit: number): T[] {
    if (!(limit > 0)) return [];
    const key = nameKey(prefix.slice(0, 200));
    if (!key) return itemsOf(names.byWeight).slice(0, limit);

    const compact = key.replace(/ /g, '');
    const chosen = new Set<number>();
    const tiers: number[][] = [[], [], [], []];
    const offer = (entry: number, tier: number) => {
      if (chosen.has(entry)) return;
      chosen.add(entry);
      tiers[tier]!.push(entry);
    };
    const enough = () => chosen.size >= limit;

    for (const record of names.exact(key) ?? []) offer(record.entry, 0);
    // Candidates come in weight order, so each tier can stop as soon as the answer is full.
    let walked = 0;
    for (const r of names.byFirstChar(key[0]!)) {
      if (enough() || ++walked > walk) break;
      const record = records[r]!;
      if (record.key.startsWith(key) || record.compact.startsWith(compact)) offer(record.entry, 1);
    }
    if (!enough()) {
      names.forEachWordStartingWith(key, (record) => {
        offer(record.entry, 2);
        return !enough();
      });
    }
    if (!enough() && compact.length >= 3) {
      // "kcan" completes to KCNA, "pentagn" to Pentagon: the typo rule against a name's start of equal length.
      // In weight order and at most FUZZY_POOL names: a list of tens of thousands (names an archive discovered)
      // would otherwise be walked whole on a keystroke.
      let tried = 0;
      for (const r of new Set([...names.byFirstChar(compact[0]!), ...names.byFirstChar(compact[1]!)])) {
        if (enough() || ++tried > Math.min(FUZZY_POOL, walk)) break;
        const record = records[r]!;
        if (typoDistance(compact, record.compact.slice(0, compact.length)) !== null) offer(record.entry, 3);
      }
    }
    return itemsOf(tiers.flat()).slice(0, limit);
  }

  return { resolve, complete };
}

function newFuse(records: readonly NameRecord[]): Fuse<NameRecord> {
  return new Fuse(records, { keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
}
