/** Cuts text to at most `max` characters, marking the cut with "…". For labels and echoes, not for citations. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
