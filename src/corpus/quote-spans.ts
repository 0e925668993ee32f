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

/** Any opening mark of CLOSERS. Shared, reset per call. */
const OPENER = /[„»«“"]/g;

/** A quotation: the indexes of its opening and closing marks. */
export interface QuoteSpan {
  open: number;
  close: number;
}

/**
 * The quotations in `text`, in order and never overlapping. Only outermost quotations count and an opening mark
 * without a closing one is ignored, so one stray „ in a scraped paragraph cannot swallow the rest of it.
 * Linear in the text length.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const nextMark = nextMarkFinder(text);
  const opener = OPENER;
  opener.lastIndex = 0;
  // test() rather than exec(): an opening mark is one code unit, so lastIndex tells where it is, without a match
  // array per mark (this runs over every paragraph at start-up).
  while (opener.test(text)) {
    const open = opener.lastIndex - 1;
    let close = -1;
    for (const mark of CLOSERS[text.charAt(open)] ?? '') {
      const at = nextMark(mark, open + 1);
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1 || close - open > MAX_QUOTE_LENGTH) continue;
    spans.push({ open, close });
    opener.lastIndex = close + 1;
  }
  return spans;
}

/**
 * `nextMark(mark, from)`: index of the first `mark` at or after `from`, or -1. Remembers the last answer per mark,
 * so the many look-ups of a long text scan it about once per mark instead of once per opening mark.
 */
function nextMarkFinder(text: string): (mark: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (mark, from) => {
    const known = last.get(mark);
    if (known === undefined) {
      const at = text.indexOf(mark, from);
      last.set(mark, { from, at });
      return at;
    }
    if (from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
    // Updated in place: one record per mark rather than one per look-up.
    known.from = from;
    known.at = text.indexOf(mark, from);
    return known.at;
  };
}
