import type { Command } from '../engine/command';
import type { AnswerOptions, Outcome } from '../engine/engine';
import type { CommandContext } from './command-context';
import { LogEvent } from '../logging/log-events';

const ENGINE_FAILURE_MESSAGE = 'Factdesk could not answer that just now (internal error). Please try again.';

/**
 * Asks the engine in service right now (`holder.current`, read at answer time so a reload applies at once). An
 * engine exception becomes a short user-facing error; the details go to the log, not to the channel.
 */
export function askEngine(
  ctx: CommandContext,
  command: Command,
  interactionId: string,
  options?: AnswerOptions,
): Outcome {
  try {
    return ctx.holder.current.answer(command, options);
  } catch (err) {
    ctx.logger.error({ event: LogEvent.engineFailed, err, interactionId, command: command.name }, 'engine failed');
    return { ok: false, kind: 'internal', error: ENGINE_FAILURE_MESSAGE };
  }
}
