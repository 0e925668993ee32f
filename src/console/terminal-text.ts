/** C0 controls other than tab and newline, DEL, and C1 controls (U+009B alone starts a sequence on many terminals). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text as a terminal may show it: a query echoed back with ESC, NUL or BEL in it would otherwise act on the
 * operator's terminal (clear it, retitle it, rewrite earlier lines) instead of being read.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
