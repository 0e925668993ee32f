/**
 * Finds the next of a few marks (single code units: ".", "„", a line break) in one text, with one indexOf per mark
 * whose answer is kept until the search passes it.
 *
 * Why: the splitters ask "where is the next dot / quote mark?" many times per paragraph, over every paragraph at
 * start-up. indexOf scans a string much faster than a regex character class does, and a mark the text does not
 * contain (a „ in a Latin-1 paragraph, a "!" in most) then costs one scan per text, not one per question.
 *
 * Searches only go forward: `from` must not decrease from one call to the next, so a kept answer at or after
 * `from` (or "none", -1) still holds. A finder is reused for text after text (`start`), since one is needed per
 * paragraph and splitter; like a shared global regex, it serves one text at a time.
 */
const NOT_SEARCHED = -2;

export class MarkFinder {
  private text = '';
  /** Per mark: where it next occurs, -1 for nowhere further, NOT_SEARCHED before the first search. */
  private readonly found: number[];

  constructor(private readonly marks: string) {
    this.found = new Array<number>(marks.length).fill(NOT_SEARCHED);
  }

  /** Forgets the previous text: searches now run over `text`, from its start. */
  start(text: string): this {
    this.text = text;
    this.found.fill(NOT_SEARCHED);
    return this;
  }

  /** Index of the first of any of the marks at or after `from`, or -1. */
  next(from: number): number {
    let first = -1;
    for (let mark = 0; mark < this.marks.length; mark++) {
      const at = this.nextAt(mark, from);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }

  /** Index of the first `mark` (one of the marks) at or after `from`, or -1. */
  nextOf(mark: string, from: number): number {
    return this.nextAt(this.marks.indexOf(mark), from);
  }

  private nextAt(mark: number, from: number): number {
    const at = this.found[mark] ?? NOT_SEARCHED;
    if (at === -1 || at >= from) return at;
    const next = this.text.indexOf(this.marks.charAt(mark), from);
    this.found[mark] = next;
    return next;
  }
}
