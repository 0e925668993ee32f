import { clipText } from '../text/clip';
import { CommandSchema, type Command } from './command';

export type ParsedLine =
  | { kind: 'command'; command: Command }
  | { kind: 'help' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

const KNOWN = new Set(['figure', 'source', 'search', 'article']);

/**
 * Reads one console line ("/figure troops") into a command. The leading slash is optional so that
 * `npm run ask -- "figure troops"` works too. Every failure is a one-line message, never an exception.
 */
export function parseCommandLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = /^\/?(\S+)\s*([\s\S]*)$/u.exec(trimmed);
  const name = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? '';
  if (name === 'help' || name === '?') return { kind: 'help' };
  if (!KNOWN.has(name)) {
    return { kind: 'error', message: `Unknown command "${clip(name)}". Type /help for the list of commands.` };
  }
  const parsed = CommandSchema.safeParse({ name, query: rest });
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? 'is not valid';
    return { kind: 'error', message: `/${name}: the ${argumentName(name)} ${reason}.` };
  }
  return { kind: 'command', command: parsed.data };
}

function argumentName(name: string): string {
  return { figure: 'topic', source: 'source name', search: 'search text', article: 'article id' }[name] ?? 'text';
}

// Echoing a 5,000-character "command name" back would bury the error; 40 characters are enough to recognise it.
function clip(text: string): string {
  return clipText(text, 40);
}
