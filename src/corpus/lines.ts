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
  // Two indexOf cursors instead of a regex: indexOf scans fast, and most files have no \r at all.
  let nextLf = raw.indexOf('\n');
  let nextCr = raw.indexOf('\r');
  let start = 0;
  while (nextLf !== -1 || nextCr !== -1) {
    const at = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
    lines.push({ text: raw.slice(start, at), start });
    start = at + (raw.charCodeAt(at) === 0x0d && raw.charCodeAt(at + 1) === 0x0a ? 2 : 1);
    if (nextLf !== -1 && nextLf < start) nextLf = raw.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = raw.indexOf('\r', start);
  }
  lines.push({ text: raw.slice(start), start });
  return lines;
}
