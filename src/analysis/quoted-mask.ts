// Opening mark → the marks that may close it: German „…“ (also „…”), »…«, English “…”, straight "…".
const CLOSERS: Readonly<Record<string, string>> = { '„': '“”', '»': '«', '“': '”', '"': '"' };
const OPENER = /[„»“"]/g;
const UNAMBIGUOUS_OPENER = /[„»"]/;
const CLOSER = /[“”«]/;

/**
 * Marks which characters of a sentence stand inside a quotation (1) and which do not (0). A closing mark before
 * any opening one means the quotation began in an earlier sentence ("…“, schrieb ein Sprecher"), so everything
 * before it is quoted. An opening mark that is never closed is ignored. Linear in the sentence length.
 */
export function quotedMask(sentence: string): Uint8Array {
  const mask = new Uint8Array(sentence.length);
  let from = 0;
  const stray = strayClose(sentence);
  if (stray !== -1) {
    mask.fill(1, 0, stray);
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
    mask.fill(1, open + 1, close);
    OPENER.lastIndex = close + 1;
  }
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
