import { MarkFinder } from './mark-finder';

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

const OPENING_MARKS = new MarkFinder(Object.keys(CLOSERS).join(''));
const CLOSING_MARKS = new MarkFinder([...new Set(Object.values(CLOSERS).join(''))].join(''));

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
  const openers = OPENING_MARKS.start(text);
  // Started at the first opening mark: most paragraphs quote nobody.
  let closers: MarkFinder | undefined;
  let from = 0;
  let open: number;
  while ((open = openers.next(from)) !== -1) {
    let close = -1;
    for (const mark of CLOSERS[text.charAt(open)] ?? '') {
      closers ??= CLOSING_MARKS.start(text);
      const at = closers.nextOf(mark, open + 1);
      if (at !== -1 && (close === -1 || at < close)) close = at;
    }
    if (close === -1 || close - open > MAX_QUOTE_LENGTH) {
      from = open + 1;
      continue;
    }
    spans.push({ open, close });
    from = close + 1;
  }
  return spans;
}
