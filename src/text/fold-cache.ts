import { foldWord } from './fold-word';

/*
 * The archive has far fewer distinct spellings than words, and the frequent ones ("die", "nach", "erklärte") make up most of the text. Folding each occurrence anew
 * was the largest single cost of analysing an article; this remembers the folded key of recent spellings instead.
 *
 * A direct-mapped table indexed by the word's hash: bounded in size whatever the archive, no eviction bookkeeping,
 * and a miss simply overwrites the slot. The size balances hits against the processor's cache: a miss costs more than
 * the fold, since the analysis also works out each new spelling's roles (see word-roles.ts), while a larger table's
 * lookups miss the cache (DESIGN.md has the hit rates). The spellings are kept as character codes in one typed
 * array rather than as strings, for the same reason. A 32-bit hash does collide among hundreds of thousands of
 * spellings, so a hit is only taken after comparing the spelling character by character: the key
 * returned is always exactly foldWord's.
 */
const SLOT_BITS = 14;
const SLOTS = 1 << SLOT_BITS;
/** Longer words are folded every time: they are rare, and would make every slot wider. */
const MAX_CACHED_LENGTH = 24;
const slotHashes = new Int32Array(SLOTS);
/** Length of the spelling in each slot; 0 for an empty slot (a word is never empty). */
const slotLengths = new Uint8Array(SLOTS);
const slotChars = new Uint16Array(SLOTS * MAX_CACHED_LENGTH);
const slotKeys: string[] = new Array<string>(SLOTS).fill('');
/** How many times each slot was filled: a fill's spelling gets its id (see lastSpellingId) from the count. */
const slotFills = new Int32Array(SLOTS);
/**
 * Ids stay below 2^30, small integers for V8, which a larger number, a fresh heap object for every word, is not.
 * A slot filled more often than this (some hundred passes over a large archive) gives its spellings no id.
 */
const MAX_FILLS = 2 ** 30 / SLOTS - 1;
let lastSpelling = 0;

/**
 * foldWord(text, start, end) for a word whose hash (as WordRanges gives it, see hashRange) is `hash`.
 * Frequent spellings come back as one shared string, so set and map lookups on the key reuse its cached hash.
 */
export function foldedKey(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  if (length > MAX_CACHED_LENGTH) {
    lastSpelling = 0;
    return foldWord(text, start, end);
  }
  const slot = (hash ^ (hash >>> SLOT_BITS)) & (SLOTS - 1);
  const at = slot * MAX_CACHED_LENGTH;
  if (slotHashes[slot] === hash && slotLengths[slot] === length) {
    let i = 0;
    while (i < length && slotChars[at + i] === text.charCodeAt(start + i)) i++;
    if (i === length) {
      lastSpelling = spellingId(slot);
      return slotKeys[slot]!;
    }
  }
  const key = foldWord(text, start, end);
  slotHashes[slot] = hash;
  slotLengths[slot] = length;
  for (let i = 0; i < length; i++) slotChars[at + i] = text.charCodeAt(start + i);
  slotKeys[slot] = key;
  slotFills[slot] = Math.min(slotFills[slot]! + 1, MAX_FILLS + 1);
  lastSpelling = spellingId(slot);
  return key;
}

function spellingId(slot: number): number {
  const fills = slotFills[slot]!;
  return fills <= MAX_FILLS ? fills * SLOTS + slot : 0;
}

/**
 * Which cached spelling the last foldedKey call answered from, as an id no other spelling ever gets (the slot it
 * sits in, see spellingSlot, and how often that slot was filled), or 0 for none (a word too long to be cached). A
 * caller that works something out from a word's key can remember it by this id, in a table of SPELLING_SLOTS
 * entries indexed by spellingSlot: a frequent word is then answered without looking at its key at all.
 */
export function lastSpellingId(): number {
  return lastSpelling;
}

export const SPELLING_SLOTS = SLOTS;

/** The slot of a spelling id (not 0) from lastSpellingId: ids that share it never are cached at the same time. */
export function spellingSlot(id: number): number {
  return id & (SLOTS - 1);
}
