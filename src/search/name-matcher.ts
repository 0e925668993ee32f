import Fuse from 'fuse.js';
import { nameKey } from './name-key';
import { osaDistance } from './osa-distance';
import { typoDistance } from './typo-rule';

export interface NameEntry<T> {
  item: T;
  /** Every way to name the item: name, aliases, id, title. Compared folded (see nameKey). */
  names: string[];
  /** Orders equally good matches and the empty-prefix autocomplete, e.g. how often a source is cited. */
  weight?: number;
}

export type NameMatch = 'exact' | 'fuzzy' | 'none';

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
  /** Autocomplete: exact and prefix matches first, then word-prefix, then typo-tolerant; empty prefix → by weight. */
  complete(prefix: string, limit: number): T[];
}

interface NameRecord {
  key: string;
  /** The key without spaces, so "kim jong un" also completes from "kimjong". */
  compact: string;
  display: string;
  entry: number;
}

const SUGGESTIONS = 5;

/**
 * Resolves user input against a small list of names (lexicon sources, topics, article ids and titles).
 * Fuse finds and ranks candidates; the typo rule (typo-rule.ts) decides whether a candidate is the same name
 * mistyped or merely a similar different name, because fuse scores alone cannot tell "kcan" (KCNA) from
 * "BBC" (not KBS) for three- and four-letter names.
 */
export function createNameMatcher<T extends { id: string }>(entries: NameEntry<T>[]): NameMatcher<T> {
  const records: NameRecord[] = [];
  const byKey = new Map<string, number[]>();
  let longestName = 1;

  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const display of entry.names) {
      const key = nameKey(display);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const record: NameRecord = { key, compact: key.replace(/ /g, ''), display, entry: index };
      records.push(record);
      for (const k of new Set([record.key, record.compact])) {
        const list = byKey.get(k);
        if (list) list.push(records.length - 1);
        else byKey.set(k, [records.length - 1]);
      }
      longestName = Math.max(longestName, key.split(' ').length);
    }
  });

  const weightOf = (entry: number) => entries[entry]?.weight ?? 0;
  const byWeight = entries.map((_, i) => i).sort((a, b) => weightOf(b) - weightOf(a) || a - b);
  const fuse = new Fuse(records, {
    keys: ['key'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
  });

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

  function exactMatch(key: string): { records: NameRecord[] } | null {
    const whole = byKey.get(key) ?? byKey.get(key.replace(/ /g, ''));
    if (whole) return { records: whole.map((r) => records[r]!) };

    // A name contained word for word in a longer query ("laut südkoreanischem Geheimdienst"): longest first,
    // without overlaps, so the most specific name wins.
    const words = key.split(' ');
    const taken = new Array<boolean>(words.length).fill(false);
    const found: NameRecord[] = [];
    for (let n = Math.min(longestName, words.length); n >= 1; n--) {
      for (let start = 0; start + n <= words.length; start++) {
        if (taken.slice(start, start + n).some(Boolean)) continue;
        const hit = byKey.get(words.slice(start, start + n).join(' '));
        if (!hit) continue;
        found.push(...hit.map((r) => records[r]!));
        taken.fill(true, start, start + n);
      }
    }
    return found.length ? { records: found } : null;
  }

  function fuzzyCandidates(key: string): { record: NameRecord; distance: number; score: number }[] {
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
          weightOf(b.record.entry) - weightOf(a.record.entry) ||
          records.indexOf(a.record) - records.indexOf(b.record),
      );
  }

  function suggestionsFor(key: string, exclude: Set<number>): T[] {
    // Looser than a match on purpose: "BBC" should show KBS as a suggestion though it is no typo of it.
    const limit = Math.max(2, Math.ceil(key.length / 2));
    const ranked = new Map<number, number>();
    for (const r of fuse.search(key, { limit: SUGGESTIONS * 2 })) {
      const d = osaDistance(key, r.item.key, limit + 2);
      ranked.set(r.item.entry, Math.min(ranked.get(r.item.entry) ?? Infinity, d + (r.score ?? 1)));
    }
    for (const record of records) {
      const d = osaDistance(key, record.key, limit);
      if (d <= limit) ranked.set(record.entry, Math.min(ranked.get(record.entry) ?? Infinity, d));
    }
    const order = [...ranked.entries()]
      .filter(([entry]) => !exclude.has(entry))
      .sort((a, b) => a[1] - b[1] || weightOf(b[0]) - weightOf(a[0]))
      .map(([entry]) => entry);
    return itemsOf(order).slice(0, SUGGESTIONS);
  }

  function resolve(query: string): NameResolution<T> {
    const key = nameKey(query.slice(0, 500));
    if (!key) return { match: 'none', items: [], suggestions: [] };

    const exact = exactMatch(key);
    if (exact) {
      return {
        match: 'exact',
        items: itemsOf(exact.records.map((r) => r.entry)),
        matchedName: exact.records[0]!.display,
        suggestions: [],
      };
    }

    const fuzzy = fuzzyCandidates(key);
    const best = fuzzy[0];
    if (best) {
      const tied = fuzzy.filter((c) => c.distance === best.distance).map((c) => c.record.entry);
      const matched = new Set(tied);
      return {
        match: 'fuzzy',
        items: itemsOf(tied),
        matchedName: best.record.display,
        suggestions: suggestionsFor(key, matched),
      };
    }
    return { match: 'none', items: [], suggestions: suggestionsFor(key, new Set()) };
  }

  function complete(prefix: string, limit: number): T[] {
    if (limit <= 0) return [];
    const key = nameKey(prefix.slice(0, 200));
    if (!key) return itemsOf(byWeight).slice(0, limit);

    const compact = key.replace(/ /g, '');
    // Rank per entry: 0 same name, 1 name starts with the prefix, 2 a word of it does, 3 typo of a name's start.
    const rank = new Map<number, number>();
    const offer = (entry: number, r: number) => {
      const had = rank.get(entry);
      if (had === undefined || r < had) rank.set(entry, r);
    };
    for (const record of records) {
      if (record.key === key || record.compact === compact) offer(record.entry, 0);
      else if (record.key.startsWith(key) || record.compact.startsWith(compact)) offer(record.entry, 1);
      else if (record.key.includes(` ${key}`)) offer(record.entry, 2);
    }
    if (rank.size < limit && compact.length >= 3) {
      for (const record of records) {
        if (rank.has(record.entry)) continue;
        // Compare with the name's start of the same length: "kcan" completes to KCNA, "pentagn" to Pentagon.
        const head = record.compact.slice(0, compact.length);
        if (typoDistance(compact, head) !== null) offer(record.entry, 3);
      }
    }
    const order = [...rank.entries()]
      .sort((a, b) => a[1] - b[1] || weightOf(b[0]) - weightOf(a[0]) || a[0] - b[0])
      .map(([entry]) => entry);
    return itemsOf(order).slice(0, limit);
  }

  return { resolve, complete };
}
