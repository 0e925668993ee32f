/**
 * Finds the next of a few marks (single code units: ".", "„", a line break) in one text, with one indexOf per mark
 * whose answer is kept until the search passes it.
 *
 * Why: the splitters ask "where is the next dot / quote mark?" many times per paragraph, over every paragraph at
 * start-up. indexOf scans a string much faster than a regex character class does, and a mark the text does not
 * contain (a „ in a Latin-1 paragraph, a "!" in most) then costs one scan per text, not one per question.
 */
export class MarkFinder {
  /** Per mark: where the last search started, and what it found (-1: nothing from there on). */
  private readonly searchedFrom: number[] = [];
  private readonly found: number[] = [];

  constructor(
    private readonly text: string,
    private readonly marks: string,
  ) {
    for (let mark = 0; mark < marks.length; mark++) {
      this.searchedFrom.push(Infinity); // not searched yet
      this.found.push(-1);
    }
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
    const at = this.found[mark] ?? -1;
    // The kept answer holds for any `from` between where its search started and what it found.
    if (from >= (this.searchedFrom[mark] ?? Infinity) && (at === -1 || from <= at)) return at;
    const next = this.text.indexOf(this.marks.charAt(mark), from);
    this.searchedFrom[mark] = from;
    this.found[mark] = next;
    return next;
  }
}
