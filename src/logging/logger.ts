import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear in a log object. The bot never logs its env or client options, but a
 * careless `logger.info({ env })` or an error object carrying request headers must still not leak the bot token
 * (or an interaction token, which lets anyone answer as the bot for 15 minutes).
 */
const REDACTED_PATHS = [
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

/**
 * Interaction and webhook tokens travel in the request path (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<application>/<token>/…`), so every URL discord.js puts on an error it throws carries one. They are
 * found by their place in any URL of any field, since no list of paths can know every error's shape.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#"\s\\]+/g;

/** The line as written, with every URL token and every known secret value replaced. */
function scrubSecrets(line: string, secrets: readonly string[]): string {
  const scrubbed = line.replace(URL_TOKEN, '$1[redacted]');
  return secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), scrubbed);
}

/** Structured JSON logger with secrets redacted by path, by their place in URLs and, for known values, by content. */
export function createLogger(settings: LoggerSettings): Logger {
  const secrets = (settings.secrets ?? []).filter((s) => s.length >= 8);
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: { app: 'factdesk' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // One place for every line: a token pasted into an error message by a library slips past path redaction.
    hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
