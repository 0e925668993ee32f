import { hashRange } from '../text/scan-words';

/**
 * Interned strings: each distinct string gets a consecutive id, and its characters are stored back to back in
 * one typed array.
 *
 * Indexing meets every word of the archive but far fewer distinct spellings. Slicing each word into a new string just to look it up in a Map, and keeping hundreds of
 * thousands of small strings and Map entries alive, cost most of the build time and heap; this table looks
 * words up straight from a range of the paragraph text, copies a word's characters only the first time it is
 * seen, and holds everything in a handful of typed arrays. Open addressing, linear probing, at most half full.
 */
export interface StringPool {
  /**
   * Per id, INFO_STRIDE numbers: [start in `chars`, length, then two numbers the owner may use]. Data kept
   * per string sits beside its characters' position, so a lookup and its data cost one memory read.
   */
  info: Int32Array;
  /** UTF-16 code units; one byte each in a frozen pool whose strings are all Latin-1 (see frozenPool). */
  chars: Uint16Array | Uint8Array;
  size: number;
}

/** A finished table: strings can still be found, never added. */
export interface FrozenTable extends StringPool {
  /** Per slot: [hash, id + 1]; id + 1 = 0 marks an empty slot. Slot count is a power of two. */
  slots: Int32Array;
  charCount: number;
}

export interface StringTable extends FrozenTable {
  /** Growing tables hold any code unit. */
  chars: Uint16Array;
}

export const INFO_STRIDE = 4;
/** Positions in a string's `info` record free for the owner's data (zero for a new string). */
export const INFO_USER_A = 2;
export const INFO_USER_B = 3;
const STRIDE = INFO_STRIDE;

export function createStringTable(slotCount = 1 << 16): StringTable {
  return {
    slots: new Int32Array(slotCount * 2),
    info: new Int32Array(1024 * STRIDE),
    chars: new Uint16Array(1 << 16),
    charCount: 0,
    size: 0,
  };
}

/**
 * The id of text[start, end), adding it when new. Ids are handed out consecutively, so an id equal to the size
 * before the call marks a new string; no result object per word for the garbage collector. `hash` must be
 * hashRange(text, start, end); the indexer gets it from the word scanner for free.
 */
export function internRange(
  table: StringTable,
  text: string,
  start: number,
  end: number,
  hash = hashRange(text, start, end),
): number {
  const slot = probe(table, hash, text, start, end);
  const found = table.slots[(slot << 1) + 1]!;
  if (found !== 0) return found - 1;
  const id = append(table, text, start, end);
  table.slots[slot << 1] = hash;
  table.slots[(slot << 1) + 1] = id + 1;
  if (table.size * 2 > table.slots.length >> 1) grow(table);
  return id;
}

/**
 * The id of string `id` of another pool, adding it when new: internRange without making a JS string of it, for
 * putting index shards together (hundreds of thousands of words each).
 */
export function internFromPool(table: StringTable, pool: StringPool, id: number): number {
  return internChars(table, pool.chars, pool.info[id * STRIDE]!, pool.info[id * STRIDE + 1]!);
}

/** The id of the string of character codes chars[from, from + length), adding it when new. */
export function internChars(table: StringTable, chars: Uint16Array | Uint8Array, from: number, length: number): number {
  const hash = hashChars(chars, from, length);
  const slot = probeChars(table, hash, chars, from, length);
  const found = table.slots[(slot << 1) + 1]!;
  if (found !== 0) return found - 1;
  const added = appendChars(table, chars, from, length);
  table.slots[slot << 1] = hash;
  table.slots[(slot << 1) + 1] = added + 1;
  if (table.size * 2 > table.slots.length >> 1) grow(table);
  return added;
}

/** The id of the string of character codes chars[from, from + length), or -1 when the table does not hold it. */
export function findChars(table: FrozenTable, chars: Uint16Array | Uint8Array, from: number, length: number): number {
  if (table.slots.length === 0) return -1;
  return table.slots[(probeChars(table, hashChars(chars, from, length), chars, from, length) << 1) + 1]! - 1;
}

function hashChars(chars: Uint16Array | Uint8Array, from: number, length: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < from + length; i++) hash = Math.imul(hash ^ chars[i]!, FNV_PRIME);
  return hash | 0;
}

/** probe for a string given as character codes. */
function probeChars(
  table: FrozenTable,
  hash: number,
  chars: Uint16Array | Uint8Array,
  from: number,
  length: number,
): number {
  const slots = table.slots;
  const mask = (slots.length >> 1) - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[(slot << 1) + 1]!;
    if (stored === 0) return slot;
    if (slots[slot << 1] !== hash) continue;
    const other = stored - 1;
    if (table.info[other * STRIDE + 1] !== length) continue;
    const at = table.info[other * STRIDE]!;
    let same = true;
    for (let i = 0; i < length && same; i++) same = table.chars[at + i] === chars[from + i];
    if (same) return slot;
  }
}

// FNV-1a, as hashRange (scan-words.ts) computes it over a string's code units.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The id of `text`, or -1 when the table does not hold it. */
export function findString(table: FrozenTable, text: string): number {
  if (table.slots.length === 0) return -1;
  return table.slots[(probe(table, hashRange(text, 0, text.length), text, 0, text.length) << 1) + 1]! - 1;
}

export function stringAt(pool: StringPool, id: number): string {
  const from = pool.info[id * STRIDE]!;
  const to = from + pool.info[id * STRIDE + 1]!;
  let text = '';
  // In chunks: spreading a very long "word" (a pasted hash or URL) at once would overflow the call stack.
  for (let i = from; i < to; i += 4096) text += String.fromCharCode(...pool.chars.subarray(i, Math.min(to, i + 4096)));
  return text;
}

export function stringLength(pool: StringPool, id: number): number {
  return pool.info[id * STRIDE + 1]!;
}

/** The same table without spare capacity, for a finished index that only looks strings up. */
export function trimmedTable(table: StringTable): FrozenTable {
  return { ...frozenPool(table), slots: table.slots, charCount: table.charCount };
}

/**
 * The strings alone, with the lookup slots and spare capacity dropped, for a finished read-only index. German
 * words are Latin-1 but for the odd loanword, so their characters are kept at one byte each when all of them fit:
 * half the memory of the vocabulary and spellings.
 */
export function frozenPool(table: StringTable): StringPool {
  const chars = table.chars.subarray(0, table.charCount);
  return {
    info: table.info.slice(0, table.size * STRIDE),
    chars: chars.every((c) => c <= 0xff) ? new Uint8Array(chars) : chars.slice(),
    size: table.size,
  };
}

/** Strings gathered from other pools: string `ids[i]` of pool `pools[poolOf[i]]`. */
export interface PooledStrings {
  pools: readonly StringPool[];
  poolOf: Uint8Array;
  ids: Uint32Array;
}

/**
 * The strings in one pool, in order, as frozenPool gives it (one byte a character when all are Latin-1), the
 * owner's numbers left zero. Yields every `slice` strings.
 */
export function* frozenPoolOf(strings: PooledStrings, slice = 10_000): Generator<void, StringPool> {
  const { ids } = strings;
  const count = ids.length;
  const info = new Int32Array(count * STRIDE);
  let charCount = 0;
  // Whether a string of a two-byte pool has a character past Latin-1; one-byte pools have none.
  let wide = false;
  for (let from = 0; from < count; from += slice) {
    charCount = placeStrings(strings, info, from, Math.min(count, from + slice), charCount);
    wide ||= hasWideChar(strings, from, Math.min(count, from + slice));
    yield;
  }
  const chars = wide ? new Uint16Array(charCount) : new Uint8Array(charCount);
  for (let from = 0; from < count; from += slice) {
    copyStrings(strings, info, chars, from, Math.min(count, from + slice));
    yield;
  }
  return { info, chars, size: count };
}

function hasWideChar(strings: PooledStrings, from: number, to: number): boolean {
  const { pools, poolOf, ids } = strings;
  for (let i = from; i < to; i++) {
    const pool = pools[poolOf[i]!]!;
    if (!(pool.chars instanceof Uint16Array)) continue;
    const start = pool.info[ids[i]! * STRIDE]!;
    const end = start + pool.info[ids[i]! * STRIDE + 1]!;
    for (let k = start; k < end; k++) if (pool.chars[k]! > 0xff) return true;
  }
  return false;
}

/** Where strings [from, to) go in the pool's characters, the first at `at`; returns where the next goes. */
function placeStrings(strings: PooledStrings, info: Int32Array, from: number, to: number, at: number): number {
  const { pools, poolOf, ids } = strings;
  let next = at;
  for (let i = from; i < to; i++) {
    const length = pools[poolOf[i]!]!.info[ids[i]! * STRIDE + 1]!;
    info[i * STRIDE] = next;
    info[i * STRIDE + 1] = length;
    next += length;
  }
  return next;
}

function copyStrings(
  strings: PooledStrings,
  info: Int32Array,
  chars: Uint8Array | Uint16Array,
  from: number,
  to: number,
): void {
  const { pools, poolOf, ids } = strings;
  const sourceInfo = pools.map((pool) => pool.info);
  const sourceChars = pools.map((pool) => pool.chars);
  // Strings that lie one after another in their pool are copied as one block: a revised vocabulary is mostly
  // long runs of an older one's.
  for (let i = from; i < to; ) {
    const pool = poolOf[i]!;
    const start = sourceInfo[pool]![ids[i]! * STRIDE]!;
    let end = start + info[i * STRIDE + 1]!;
    let next = i + 1;
    while (next < to && poolOf[next] === pool && sourceInfo[pool]![ids[next]! * STRIDE] === end) {
      end += info[next * STRIDE + 1]!;
      next++;
    }
    chars.set(sourceChars[pool]!.subarray(start, end), info[i * STRIDE]!);
    i = next;
  }
}

/**
 * The frozen table that interning these distinct strings one by one, in order, into createStringTable() and
 * trimming it gives, slots included, made from their known hashes (`hashes[i]` for string i) without hashing or
 * comparing a character: a revised index's vocabulary is mostly an older table's, whose slots hold the hashes.
 * `before`, when given, is a table whose strings are the first of these, in order: its slots are taken as they are.
 */
export function* frozenTableOf(
  strings: PooledStrings,
  hashes: Int32Array,
  before?: FrozenTable,
  slice = 10_000,
): Generator<void, FrozenTable> {
  const pool = yield* frozenPoolOf(strings, slice);
  const table = createStringTable(before === undefined ? undefined : 1);
  if (before !== undefined) {
    table.slots = before.slots.slice();
    table.size = before.size;
  }
  for (let from = table.size; from < pool.size; from += slice) {
    insertHashes(table, hashes, from, Math.min(pool.size, from + slice));
    yield;
  }
  return { ...pool, slots: table.slots, charCount: pool.chars.length };
}

/** Fills the slots for strings [from, to) as interning them would, `table.size` following. */
function insertHashes(table: StringTable, hashes: Int32Array, from: number, to: number): void {
  let slots = table.slots;
  let mask = (slots.length >> 1) - 1;
  for (let i = from; i < to; i++) {
    const hash = hashes[i]!;
    let slot = hash & mask;
    while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot << 1] = hash;
    slots[(slot << 1) + 1] = i + 1;
    table.size = i + 1;
    if (table.size * 2 > slots.length >> 1) {
      grow(table);
      slots = table.slots;
      mask = (slots.length >> 1) - 1;
    }
  }
}

/** Per string of the table, its hash, read from the slots. */
export function hashesOf(table: FrozenTable): Int32Array {
  const hashes = new Int32Array(table.size);
  const slots = table.slots;
  for (let at = 0; at < slots.length; at += 2) {
    const id = slots[at + 1]! - 1;
    if (id >= 0) hashes[id] = slots[at]!;
  }
  return hashes;
}

/** The slot holding text[start, end), or the empty slot where it would go. */
function probe(table: FrozenTable, hash: number, text: string, start: number, end: number): number {
  const slots = table.slots;
  const mask = (slots.length >> 1) - 1;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[(slot << 1) + 1]!;
    if (stored === 0) return slot;
    if (slots[slot << 1] !== hash) continue;
    const id = stored - 1;
    if (table.info[id * STRIDE + 1] !== length) continue;
    const from = table.info[id * STRIDE]!;
    let same = true;
    for (let i = 0; i < length && same; i++) same = table.chars[from + i] === text.charCodeAt(start + i);
    if (same) return slot;
  }
}

function append(table: StringTable, text: string, start: number, end: number): number {
  const length = end - start;
  reserveChars(table, length);
  for (let i = 0; i < length; i++) table.chars[table.charCount + i] = text.charCodeAt(start + i);
  return addRecord(table, length);
}

function appendChars(table: StringTable, chars: Uint16Array | Uint8Array, from: number, length: number): number {
  reserveChars(table, length);
  table.chars.set(chars.subarray(from, from + length), table.charCount);
  return addRecord(table, length);
}

function reserveChars(table: StringTable, length: number): void {
  if (table.charCount + length > table.chars.length) {
    const chars = new Uint16Array(Math.max(table.chars.length * 2, table.charCount + length));
    chars.set(table.chars);
    table.chars = chars;
  }
}

/** Records the `length` characters just placed at charCount as the next string. */
function addRecord(table: StringTable, length: number): number {
  const id = table.size++;
  if (table.size * STRIDE > table.info.length) {
    const info = new Int32Array(table.info.length * 2);
    info.set(table.info);
    table.info = info;
  }
  table.info[id * STRIDE] = table.charCount;
  table.info[id * STRIDE + 1] = length;
  table.charCount += length;
  return id;
}

function grow(table: StringTable): void {
  const old = table.slots;
  const slots = new Int32Array(old.length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue;
    let slot = old[at]! & mask;
    while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot << 1] = old[at]!;
    slots[(slot << 1) + 1] = old[at + 1]!;
  }
  table.slots = slots;
}
