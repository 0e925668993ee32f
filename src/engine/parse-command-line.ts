import { clipText } from '../text/clip';
import { CommandSchema, textProblem, type Command } from './command';
import { ANSWERED_NAMES } from './command-table';

/** Why a console line is not a command, as data: the console words it in the desk's language. */
export type LineProblem =
  | { reason: 'unknown-command'; name: string }
  | { reason: 'invalid-query'; name: Command['name']; problem: 'empty' | 'too-long' | 'invalid' };

export type ParsedLine =
  | { kind: 'command'; command: Command }
  | { kind: 'help' }
  | { kind: 'empty' }
  | { kind: 'error'; problem: LineProblem };

const KNOWN = new Set<string>(ANSWERED_NAMES);

/**
 * Reads one console line ("/figure troops") into a command. The leading slash is optional so that
 * `npm run ask -- "figure troops"` works too. Every failure is a one-line problem, never an exception.
 */
export function parseCommandLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = /^\/?(\S+)\s*([\s\S]*)$/u.exec(trimmed);
  const name = match?.[1]?.toLowerCase() ?? '';
  const rest = match?.[2] ?? '';
  if (name === 'help' || name === '?') return { kind: 'help' };
  if (!KNOWN.has(name)) return { kind: 'error', problem: { reason: 'unknown-command', name: clip(name) } };
  const parsed = CommandSchema.safeParse({ name, query: rest });
  if (!parsed.success) {
    const problem = textProblem(parsed.error);
    return { kind: 'error', problem: { reason: 'invalid-query', name: name as Command['name'], problem } };
  }
  return { kind: 'command', command: parsed.data };
}

// Echoing a 5,000-character "command name" back would bury the error; 40 characters are enough to recognise it.
function clip(text: string): string {
  return clipText(text, 40);
}
