import { z } from 'zod';
import cron from 'node-cron';
import { LocaleSchema } from '../locale/locale';
import { chooseEnvFile, type EnvFileChoice, loadEnvFile } from './env-file';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const idList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .pipe(z.array(snowflake));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Every setting Factdesk reads from the environment, validated once at start-up. */
export const EnvSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/ })),
  DATA_DIR: z.string().min(1).default('data'),
  STATE_DIR: z.string().min(1).default('state'),
  // Where each article's reading is kept between starts; unset, a `cache` folder in STATE_DIR.
  CACHE_DIR: optional(z.string().min(1)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DIGEST_CRON: z
    .string()
    .default('0 8 * * 1-5')
    .refine((v) => cron.validate(v), 'is not a valid cron expression'),
  DIGEST_TIMEZONE: z.string().default('Europe/Berlin').refine(isValidTimeZone, 'is not a known IANA time zone'),
  DIGEST_CHANNEL_IDS: optional(idList),
  DIGEST_CATCH_UP: optional(flag),
  MODERATOR_ROLE_IDS: optional(idList),
  RELOAD_POLICY: z.enum(['keep-old', 'skip-invalid']).default('keep-old'),
  // Off by default: a desk that copies files in over minutes may want to say itself when they are complete.
  WATCH_DATA: flag.default(false),
  // What the desk reads when nobody in particular asked: digests, audit posts, the console. German, the desk's
  // language; a reply to one user follows that user's Discord language instead.
  DESK_LOCALE: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LocaleSchema.options, { message: 'must be de or en' }).default('de'),
  ),
  AUDIT_CHANNEL_ID: optional(snowflake),
  // Off unless set: an endpoint nobody asked for is one more thing to secure. 0 picks a free port (tests).
  HTTP_PORT: optional(
    z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535, 'must be a port number (0–65535)'),
  ),
  // Loopback by default, so /metrics is not on the network until an operator says so (0.0.0.0 in a container).
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  // Lets ingest fetch from loopback and private addresses. Only the tests set it, for their own local web server:
  // on a newsroom's network it would let a pasted link read internal services.
  INGEST_ALLOW_PRIVATE: flag.default(false),
  FEED_URLS: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be comma-separated http(s) feed addresses' }))),
  ),
  // Every quarter hour: agency feeds update often, and each poll fetches only items not seen before.
  FEED_CRON: z
    .string()
    .default('*/15 * * * *')
    .refine((v) => cron.validate(v), 'is not a valid cron expression'),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws a ConfigError with one line per bad or missing value. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
  throw new ConfigError(problems);
}

/**
 * Loads the project's `.env` (or the file ENV_FILE names) when present, saying on stderr which file it read, then
 * validates `process.env`. A file with a line that does not parse stops here, naming the file and line.
 */
export function loadEnv(choice: EnvFileChoice = chooseEnvFile(process.env)): Env {
  const read = loadEnvFile(choice);
  if (read.kind === 'invalid') throw new ConfigError(read.problems);
  if (read.kind === 'read') process.stderr.write(`factdesk: settings read from ${read.path}\n`);
  return parseEnv(process.env);
}
