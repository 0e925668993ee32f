/** One line of a scraped file, with where it stands so kept text can be sliced verbatim from the raw file. */
export interface SourceLine {
  /** The line without its line break. */
  text: string;
  /** Offset of the line's first character in the raw text. */
  start: number;
}

/** Splits text into lines at \n, \r\n or \r, keeping offsets into the original. */
export function splitLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of raw.matchAll(lineBreak)) {
    lines.push({ text: raw.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ text: raw.slice(start), start });
  return lines;
}
