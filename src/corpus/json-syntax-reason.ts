import { lineOfIndex } from './decode-text';

/**
 * What is wrong with a hand-edited JSON file that JSON.parse refused, with the line to look at. V8 gives a
 * position for some mistakes only ("Unexpected end of JSON input" and "Unexpected token … is not valid JSON" have
 * none), so where it does not, the first offending character is found by scanning the text.
 */
export function jsonSyntaxReason(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes the input, or a stretch of it, in some messages; an editor needs the line, not the file echoed back.
  const short = message
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/su, '')
    .replace(/\s*(?:in JSON )?at position \d+.*$/su, '')
    .replace(/[\u0000-\u001f\ufeff]/gu, visible);
  const position = /at position (\d+)/u.exec(message)?.[1];
  const offset = position !== undefined ? Number(position) : jsonErrorOffset(json);
  return offset === null ? `invalid JSON: ${short}` : `invalid JSON at line ${lineOfIndex(json, offset)}: ${short}`;
}

// The token V8 names can be a line break or a byte order mark, which would vanish in a one-line report.
const visible = (char: string): string =>
  char === '\ufeff' ? '\\ufeff (a byte order mark)' : JSON.stringify(char).slice(1, -1);

class SyntaxErrorAt {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Offset of the first character at which `text` stops being JSON (its length when it ends too soon); null if valid. */
function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxErrorAt(i);
  };
  const skipWhitespace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const expect = (char: string): void => {
    skipWhitespace();
    if (text[i] !== char) fail();
    i++;
  };
  const matchAt = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail();
      const char = text[i] as string;
      if (char === '"') return void i++;
      if (char < ' ') fail();
      i++;
      if (char !== '\\') continue;
      if (text[i] === 'u') {
        i++;
        if (!matchAt(HEX4)) fail();
      } else if (ESCAPES.has(text[i] ?? '')) i++;
      else fail();
    }
  };
  // Separated lists: [a, b] and {"k": v, …}, with the element read by `item`.
  const list = (close: string, item: () => void): void => {
    skipWhitespace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipWhitespace();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === '{') {
      i++;
      return list('}', () => {
        string();
        expect(':');
        value();
      });
    }
    if (char === '[') {
      i++;
      return list(']', value);
    }
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    if (!matchAt(NUMBER)) fail();
  };
  try {
    value();
    skipWhitespace();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    // Nesting too deep to scan is left without a line rather than given a wrong one.
    if (error instanceof SyntaxErrorAt) return error.offset;
    return null;
  }
}
