/**
 * The words of a text, found exactly as `tokenize` (src/text/tokenize.ts) finds them but without folding each one,
 * as columns reused from text to text: word i spans [starts[i], ends[i]) and hashes to hashes[i] (see hashRange).
 * Indexing and the analysis read every word of the archive: tokenize's regex chain over each would dominate the
 * build, and a callback per word, shared by several readers, cost more than the scanning (DESIGN.md has both), so
 * each reader keeps its own columns and loops over them. scan-words.test.ts checks it agrees with tokenize.
 */
export class WordRanges {
  /** Number of words of the text last read; entries from `count` on are left over from longer texts. */
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  hashes = new Int32Array(64);

  /** Finds the words of `text`, replacing those of the text before; returns how many there are. */
  find(text: string): number {
    const n = text.length;
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let len = c < 0x80 ? ASCII_WORD_CHAR[c]! : wordCharLength(text, i);
      if (len === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      for (;;) {
        // One loop over the characters, ASCII decided inline: this runs for every character of the archive.
        while (len > 0) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          if (len === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
          i += len;
          if (i >= n) break;
          c = text.charCodeAt(i);
          len = c < 0x80 ? ASCII_WORD_CHAR[c]! : wordCharLength(text, i);
        }
        // Inner joiners keep compounds and numbers whole: "Nordkorea-Soldaten", "11.000", "Kim's".
        if (i + 1 >= n || !isJoiner(c)) break;
        const next = text.charCodeAt(i + 1);
        const nextLen = next < 0x80 ? ASCII_WORD_CHAR[next]! : wordCharLength(text, i + 1);
        if (nextLen === 0) break;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
        c = next;
        len = nextLen;
      }
      if (count === this.starts.length) this.grow();
      this.starts[count] = start;
      this.ends[count] = i;
      this.hashes[count++] = hash | 0;
    }
    this.count = count;
    return count;
  }

  /** Makes room for twice as many words; a subclass with columns of its own grows them here too. */
  protected grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.hashes = doubled(this.hashes);
  }
}

/** `array` copied into one twice its length. */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(2 * array.length);
  larger.set(array);
  return larger;
}

/** FNV-1a over UTF-16 code units; WordRanges gives each word's hash, so the index need not rehash it. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const ASCII_WORD_CHAR = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII_WORD_CHAR[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}

function isJoiner(code: number): boolean {
  // - ‐ . ' ’ : the same set as tokenize's WORD pattern.
  return code === 0x2d || code === 0x2010 || code === 0x2e || code === 0x27 || code === 0x2019;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Per BMP code unit: 0 not yet known, 1 letter/digit, 2 neither. Filled lazily; ASCII is decided inline.
const bmpClass = new Uint8Array(0x10000);

/** Length in code units (1, or 2 for an astral letter) of the letter or digit at `i`, or 0. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  let known = bmpClass[c]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = known;
  }
  return known === 1 ? 1 : 0;
}
