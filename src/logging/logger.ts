import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear in a log object. The bot never logs its env or client options, but a
 * careless `logger.info({ env })` or an error object carrying request headers must still not leak the bot token
 * (or an interaction token, which lets anyone answer as the bot for 15 minutes).
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'env',
  '*.env',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

export interface LoggerSettings {
  level: LoggerOptions['level'];
  /** Where JSON lines go; stdout when absent. Tests pass a stream to read the lines back. */
  destination?: DestinationStream;
  /** Extra literal strings (e.g. the bot token) to scrub from messages, where path-based redaction cannot reach. */
  secrets?: string[];
}

/** Structured JSON logger with secrets redacted by path and, for known secret values, by content. */
export function createLogger(settings: LoggerSettings): Logger {
  const secrets = (settings.secrets ?? []).filter((s) => s.length >= 8);
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: { app: 'factdesk' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks:
      secrets.length === 0
        ? {}
        : {
            // A token pasted into an error message by a library would slip past path redaction.
            streamWrite: (line) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), line),
          },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
