import type { Answer } from '../engine/answer';
import type { Engine, Outcome } from '../engine/engine';
import { parseCommandLine } from '../engine/parse-command-line';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';
import { answerLine, type LineReply } from './answer-line';

/**
 * The full list of a /figure or /source line, for `--csv`, `--md` and `--chart`: the answer uncapped, or the reply
 * the console gives instead (an error, or any other command, which has no list to export).
 */
export function fullAnswer(
  engine: Engine,
  line: string,
  flag: string,
  locale: Locale,
): { answer: Answer } | { reply: LineReply } {
  const parsed = parseCommandLine(line);
  if (parsed.kind !== 'command') return { reply: answerLine(engine, line, locale) };
  if (parsed.command.name !== 'figure' && parsed.command.name !== 'source') {
    const m = messages(locale).console;
    const text = `${m.errorLead}: ${m.exportOnly(flag)}`;
    return { reply: { text, json: { error: m.exportOnly(flag) }, ok: false } };
  }
  let outcome: Outcome;
  try {
    outcome = engine.answer(parsed.command, { all: true });
  } catch {
    return { reply: answerLine(engine, line, locale) };
  }
  if (!outcome.ok) return { reply: answerLine(engine, line, locale) };
  return { answer: outcome.answer };
}
