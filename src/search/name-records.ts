import { nameKey } from './name-key';

/** One name of one entry, in comparable form. */
export interface NameRecord {
  key: string;
  /**
   * The key without spaces, so "Kim Jong Un" also matches "kimjongun" and completes from "kimjong". Names of
   * more than four words keep their spaces here.
   */
  compact: string;
  /** The name as written in the list. */
  display: string;
  /** Index of the entry the name belongs to. */
  entry: number;
  /** Position in `records`: heaviest entries first, then list order. */
  order: number;
}

/** The names of a list, with the lookups resolution and autocomplete need. */
export interface NameRecords {
  /** Heaviest entry first; among equals, list order. */
  records: readonly NameRecord[];
  /** Entry indexes, heaviest first. */
  byWeight: readonly number[];
  weightOf(entry: number): number;
  /** Names equal to the key (or to its compact form), or null. */
  exact(key: string): NameRecord[] | null;
  /** Names contained word for word in a longer key, longest first, without overlaps; or null. */
  contained(key: string): NameRecord[] | null;
  /** Positions in `records` of names whose compact form starts with this character, in record order. */
  byFirstChar(char: string): readonly number[];
  /**
   * Visits, in record order, names with a word after the first that starts with `key`, until `visit` returns
   * false. The word table is built on first use: only autocomplete of long lists needs it.
   */
  forEachWordStartingWith(key: string, visit: (record: NameRecord) => boolean): void;
}

const NO_RECORDS: readonly number[] = [];
const COMPACT_MAX_WORDS = 4;

/** Builds the records, yielding every `slice` entries so tens of thousands of titles never block for long. */
export function* createNameRecords(
  entries: readonly { names: readonly string[]; weight: number }[],
  slice = 500,
): Generator<void, NameRecords> {
  const byWeight = entries.map((_, i) => i).sort((a, b) => entries[b]!.weight - entries[a]!.weight || a - b);
  const records: NameRecord[] = [];
  const byKey = new Map<string, NameRecord[]>();
  const firstChars = new Map<string, number[]>();
  let longestName = 1;

  for (const [done, entry] of byWeight.entries()) {
    if (done % slice === slice - 1) yield;
    const seen = new Set<string>();
    for (const display of entries[entry]!.names) {
      const key = nameKey(display);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let words = 1;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
      longestName = Math.max(longestName, words);
      // Run-together spellings are a thing of short names ("kimjongun"); for titles they would only cost memory.
      const compact = words <= COMPACT_MAX_WORDS ? key.replace(/ /g, '') : key;
      const record: NameRecord = { key, compact, display, entry, order: records.length };
      records.push(record);
      append(byKey, key, record);
      if (compact !== key) append(byKey, compact, record);
      append(firstChars, compact[0]!, record.order);
    }
  }

  // Per first character of a word after a name's first: record order * 1024 + the word's offset in the key.
  let wordStarts: Map<string, number[]> | null = null;
  const buildWordStarts = () => {
    const table = new Map<string, number[]>();
    for (const record of records) {
      for (let i = record.key.indexOf(' '); i >= 0 && i < 1023; i = record.key.indexOf(' ', i + 1)) {
        append(table, record.key[i + 1]!, record.order * 1024 + i + 1);
      }
    }
    return table;
  };

  return {
    records,
    byWeight,
    weightOf: (entry) => entries[entry]?.weight ?? 0,
    exact: (key) => byKey.get(key) ?? byKey.get(key.replace(/ /g, '')) ?? null,
    contained(key) {
      const words = key.split(' ');
      const taken = new Array<boolean>(words.length).fill(false);
      const found: NameRecord[] = [];
      for (let n = Math.min(longestName, words.length); n >= 1; n--) {
        for (let start = 0; start + n <= words.length; start++) {
          if (taken.slice(start, start + n).some(Boolean)) continue;
          const hit = byKey.get(words.slice(start, start + n).join(' '));
          if (!hit) continue;
          found.push(...hit);
          taken.fill(true, start, start + n);
        }
      }
      return found.length ? found : null;
    },
    byFirstChar: (char) => firstChars.get(char) ?? NO_RECORDS,
    forEachWordStartingWith(key, visit) {
      wordStarts ??= buildWordStarts();
      for (const packed of wordStarts.get(key[0] ?? '') ?? NO_RECORDS) {
        const record = records[Math.floor(packed / 1024)]!;
        if (record.key.startsWith(key, packed % 1024) && !visit(record)) return;
      }
    },
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
