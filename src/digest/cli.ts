import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runCli } from '../cli/run-cli';
import { loadEnv } from '../config/env';
import { messages } from '../i18n/catalog';
import { openEngine } from '../cli/open-engine';
import { previewDigest } from './preview';
import { digestText } from './render-digest';
import { assertDigestSchedule } from './scheduler';

const ArgsSchema = z.object({ 'dry-run': z.literal(true, { message: 'only --dry-run is supported here' }) });

const USAGE = `usage: npm run digest -- --dry-run
Prints the digest each channel in DIGEST_CHANNEL_IDS would get now, without posting or recording anything.
The bot posts digests itself on DIGEST_CRON; moderators can post one at once with /digest now.`;

/** A channel id no configured channel has: shows what a channel's first digest would look like. */
const ANY_CHANNEL = '(new channel)';

async function main(argv: string[]): Promise<number> {
  const parsed = ArgsSchema.safeParse(
    parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' } }, strict: true }).values,
  );
  if (!parsed.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnv();
  assertDigestSchedule(env.DIGEST_CRON, env.DIGEST_TIMEZONE);
  // A preview records nothing in STATE_DIR, not even the analysis cache.
  const engine = await openEngine(env, { cache: false });
  if (!engine) return 1;
  const channels = env.DIGEST_CHANNEL_IDS ?? [];
  if (channels.length === 0) {
    process.stdout.write(`${messages(env.DESK_LOCALE).digest.noChannelsDryRun}\n\n`);
  }
  for (const channelId of channels.length > 0 ? channels : [ANY_CHANNEL]) {
    const digest = await previewDigest(engine, env.STATE_DIR, channelId);
    if (channels.length > 0) process.stdout.write(`${messages(env.DESK_LOCALE).digest.channelHeading(channelId)}\n`);
    process.stdout.write(`${digestText(digest, env.DIGEST_TIMEZONE, env.DESK_LOCALE)}\n\n`);
  }
  return 0;
}

runCli(main, USAGE);
