import type { Engine } from '../engine/engine';
import { MAX_QUERY_LENGTH } from '../engine/command';
import { parseCommandLine, type LineProblem } from '../engine/parse-command-line';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { renderHelpText, renderOutcomeText } from '../render/text';
import { escapeControls } from './terminal-text';

export interface LineReply {
  /** Text for people at a terminal: control characters from the query come back escaped. */
  text: string;
  /** The structured reply for `--json`: the Answer, or `{ error }`. */
  json: unknown;
  ok: boolean;
}

/** Answers one console line in the desk's language. Never throws for bad input: every failure is a one-line message. */
export function answerLine(engine: Engine, line: string, locale: Locale = 'en'): LineReply {
  const m = messages(locale).console;
  const parsed = parseCommandLine(line);
  switch (parsed.kind) {
    case 'empty':
      return error(m.typeACommand, locale);
    case 'help':
      return { text: renderHelpText(locale), json: { help: renderHelpText(locale) }, ok: true };
    case 'error':
      return error(problemText(parsed.problem, locale), locale);
    case 'command': {
      let outcome;
      try {
        outcome = engine.answer(parsed.command);
      } catch (cause) {
        // An engine bug must not take the console (or a script reading --json) down with a stack trace.
        return error(m.internalError(cause instanceof Error ? cause.message : String(cause)), locale);
      }
      if (!outcome.ok) return error(outcome.error, locale);
      return { text: escapeControls(renderOutcomeText(outcome, locale)), json: outcome.answer, ok: true };
    }
  }
}

function problemText(problem: LineProblem, locale: Locale): string {
  const m = messages(locale).console;
  return problem.reason === 'unknown-command'
    ? m.unknownCommand(problem.name)
    : m.invalidQuery(problem.name, problem.problem, MAX_QUERY_LENGTH);
}

function error(message: string, locale: Locale): LineReply {
  return {
    text: escapeControls(`${messages(locale).console.errorLead}: ${message}`),
    json: { error: message },
    ok: false,
  };
}
