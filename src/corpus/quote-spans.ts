/**
 * Which closing marks end a quotation opened by each opening mark. German „…“ and »…«, Swiss «…», English “…”
 * and straight "…". Single quotes are left out: ‘ and ’ double as apostrophes, so pairing them misfires.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '„': '“”',
  '»': '«',
  '«': '»',
  '“': '”',
  '"': '"',
};

/**
 * A quotation longer than this is more likely a stray mark paired with an unrelated one far away than a real
 * quote; treating it as a quote would glue many sentences together.
 */
const MAX_QUOTE_LENGTH = 1500;

/**
 * For every position inside a quotation, the index of the mark that closes it; -1 outside quotations.
 * Only outermost quotations count and an opening mark without a closing one is ignored, so one stray „ in a
 * scraped paragraph cannot swallow the rest of it. Linear in the text length.
 */
export function quoteCloseIndex(text: string): Int32Array {
  const closeAt = new Int32Array(text.length).fill(-1);
  const nextMark = nextIndexOfEach(text, ['“', '”', '«', '»', '"']);
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text[i] ?? ''];
    if (closers === undefined) {
      i++;
      continue;
    }
    let close = -1;
    for (const mark of closers) {
      const at = nextMark.get(mark)?.[i + 1] ?? -1;
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1 || close - i > MAX_QUOTE_LENGTH) {
      i++;
      continue;
    }
    for (let p = i + 1; p < close; p++) closeAt[p] = close;
    i = close + 1;
  }
  return closeAt;
}

/** For each mark, an array giving the index of its next occurrence at or after each position (-1 if none). */
function nextIndexOfEach(text: string, marks: string[]): Map<string, Int32Array> {
  const result = new Map<string, Int32Array>();
  for (const mark of marks) {
    const next = new Int32Array(text.length + 1).fill(-1);
    for (let p = text.length - 1; p >= 0; p--) next[p] = text[p] === mark ? p : (next[p + 1] ?? -1);
    result.set(mark, next);
  }
  return result;
}
