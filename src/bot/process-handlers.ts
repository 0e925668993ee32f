import type { Logger } from '../logging/logger';
import { LogEvent } from '../logging/log-events';

export interface ProcessHandlerOptions {
  /** Upper bound on a graceful stop; past it the process exits anyway, since a hung destroy must not block deploys. */
  hardExitAfterMs?: number;
  exit?: (code: number) => void;
  /** Where signals and rejections are heard; the process itself except in tests. */
  events?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
}

/**
 * Process-level behaviour of a running bot, for src/main.ts: SIGINT/SIGTERM stop it gracefully and exit 0; an
 * unhandled promise rejection is logged and the bot keeps serving (one bad reply must not take the desk down).
 * Returns a function that removes the handlers again.
 */
export function installProcessHandlers(
  bot: { stop(): Promise<void> },
  logger: Logger,
  options: ProcessHandlerOptions = {},
): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const events = options.events ?? process;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const hardExit = setTimeout(() => {
      logger.warn({ signal }, 'graceful stop took too long; exiting');
      exit(0);
    }, options.hardExitAfterMs ?? 20_000);
    hardExit.unref();
    void bot.stop().then(
      () => {
        clearTimeout(hardExit);
        logger.flush?.();
        exit(0);
      },
      (err: unknown) => {
        clearTimeout(hardExit);
        logger.error({ event: LogEvent.shutdownFailed, err }, 'error while stopping');
        exit(0);
      },
    );
  };
  const onRejection = (reason: unknown) =>
    logger.error({ event: LogEvent.unhandledRejection, err: reason }, 'unhandled promise rejection (ignored)');
  events.on('SIGINT', onSignal);
  events.on('SIGTERM', onSignal);
  events.on('unhandledRejection', onRejection);
  return () => {
    events.off('SIGINT', onSignal);
    events.off('SIGTERM', onSignal);
    events.off('unhandledRejection', onRejection);
  };
}
