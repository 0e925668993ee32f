import type { Engine } from '../engine/engine';
import { parseCommandLine } from '../engine/parse-command-line';
import { renderHelpText, renderOutcomeText } from '../render/text';
import { escapeControls } from './terminal-text';

export interface LineReply {
  /** Text for people at a terminal: control characters from the query come back escaped. */
  text: string;
  /** The structured reply for `--json`: the Answer, or `{ error }`. */
  json: unknown;
  ok: boolean;
}

/** Answers one console line. Never throws for bad input: every failure is a one-line message. */
export function answerLine(engine: Engine, line: string): LineReply {
  const parsed = parseCommandLine(line);
  switch (parsed.kind) {
    case 'empty':
      return error('Type a command, for example /figure troops. /help lists them all.');
    case 'help':
      return { text: renderHelpText(), json: { help: renderHelpText() }, ok: true };
    case 'error':
      return error(parsed.message);
    case 'command': {
      let outcome;
      try {
        outcome = engine.answer(parsed.command);
      } catch (cause) {
        // An engine bug must not take the console (or a script reading --json) down with a stack trace.
        return error(`Internal error while answering (${cause instanceof Error ? cause.message : String(cause)}).`);
      }
      if (!outcome.ok) return error(outcome.error);
      return { text: escapeControls(renderOutcomeText(outcome)), json: outcome.answer, ok: true };
    }
  }
}

function error(message: string): LineReply {
  return { text: escapeControls(`Error: ${message}`), json: { error: message }, ok: false };
}
