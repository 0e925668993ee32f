// Opening mark → the marks that may close it: German „…“ (also „…”), »…«, English “…”, straight "…".
const CLOSERS: Readonly<Record<string, string>> = { '„': '“”', '»': '«', '“': '”', '"': '"' };
const OPENER = /[„»“"]/g;
const UNAMBIGUOUS_OPENER = /[„»"]/;
const CLOSER = /[“”«]/;

/**
 * Where a sentence's quotations run, as character ranges: [from0, to0, from1, to1, …], each from inclusive and to
 * exclusive, in order and not overlapping. A closing mark before any opening one means the quotation began in an
 * earlier sentence ("…“, schrieb ein Sprecher"), so everything before it is quoted. An opening mark that is never
 * closed is ignored. Linear in the sentence length. Ranges rather than a mask per character, because every
 * sentence with a quotation mark asks, and a typed array per sentence cost more than the few lookups in it.
 */
export function quotedSpans(sentence: string): number[] {
  const spans: number[] = [];
  let from = 0;
  const stray = strayClose(sentence);
  if (stray !== -1) {
    spans.push(0, stray);
    from = stray + 1;
  }

  OPENER.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = OPENER.exec(sentence)) !== null) {
    const open = match.index;
    let close = -1;
    for (const mark of CLOSERS[match[0]] ?? '') {
      const at = sentence.indexOf(mark, open + 1);
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1) break;
    spans.push(open + 1, close);
    OPENER.lastIndex = close + 1;
  }
  return spans;
}

/** Whether character `i` stands inside one of `spans` (as quotedSpans gives them). */
export function isQuotedAt(spans: readonly number[], i: number): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    if (i < spans[k]!) return false;
    if (i < spans[k + 1]!) return true;
  }
  return false;
}

/** quotedSpans as a mask: 1 for each character inside a quotation, 0 for the rest. */
export function quotedMask(sentence: string): Uint8Array {
  const mask = new Uint8Array(sentence.length);
  const spans = quotedSpans(sentence);
  for (let k = 0; k < spans.length; k += 2) mask.fill(1, spans[k], spans[k + 1]);
  return mask;
}

/** A closing mark before any opening one; "“" counts as closing unless a "”" pairs it (English style). */
function strayClose(sentence: string): number {
  const open = sentence.search(UNAMBIGUOUS_OPENER);
  const close = sentence.search(CLOSER);
  if (close === -1 || (open !== -1 && open < close)) return -1;
  if (sentence[close] === '“' && sentence.indexOf('”', close + 1) !== -1) return -1;
  return close;
}
