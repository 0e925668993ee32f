import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runCli } from '../cli/run-cli';
import { loadEnv } from '../config/env';
import { requestReload } from '../reload/reload-socket';
import { fetchOptionsFromEnv } from './ingest-from-env';
import { ingestLink } from './ingest-link';
import { formatIngestResult } from './ingest-reply';
import { pollFeeds } from './poll-feeds';

const ArgsSchema = z.array(z.string().min(1)).min(1);

const USAGE = `usage: npm run ingest -- <url> [<url>…]
       npm run ingest -- --feeds [<feed url>…]
Fetches each article, extracts its text and metadata and writes <id>.txt and <id>.meta.json into DATA_DIR/articles.
With --feeds, polls the feeds given (or FEED_URLS) once, as the bot does on FEED_CRON: each item not seen before.
With a bot running on this STATE_DIR, asks it to reload over STATE_DIR/bot.sock (validated and audited like
/reload); otherwise the bot loads the articles at its next start or reload.
Exit code 0 when every link was added, 1 when one was not, 2 for a usage error.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { feeds: { type: 'boolean' } } });
  if (values.feeds) return pollOnce(positionals);
  const links = ArgsSchema.safeParse(positionals);
  if (!links.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnv();
  let failed = 0;
  for (const link of links.data) {
    let served = false;
    const result = await ingestLink(link, {
      dataDir: env.DATA_DIR,
      fetch: fetchOptionsFromEnv(env),
      reload: async () => {
        const remote = await requestReload(env.STATE_DIR);
        served = remote?.outcome === 'reloaded';
        if (remote !== null && !served) process.stdout.write(`The running bot kept its corpus:\n${remote.report}\n`);
        return null;
      },
      inService: () => served,
    });
    if (!result.ok) failed++;
    process.stdout.write(`${formatIngestResult(result)}\n`);
  }
  return failed === 0 ? 0 : 1;
}

async function pollOnce(given: string[]): Promise<number> {
  const env = loadEnv();
  const feeds = given.length > 0 ? given : (env.FEED_URLS ?? []);
  if (feeds.length === 0) {
    process.stderr.write(`No feeds: give their addresses or set FEED_URLS.\n${USAGE}\n`);
    return 2;
  }
  const result = await pollFeeds(feeds, {
    dataDir: env.DATA_DIR,
    stateDir: env.STATE_DIR,
    fetch: fetchOptionsFromEnv(env),
    reload: async () => {
      const remote = await requestReload(env.STATE_DIR);
      if (remote !== null) process.stdout.write(`Asked the running bot to reload.\n${remote.report}\n`);
      return null;
    },
  });
  if (result.stateProblem) process.stderr.write(`warning: ${result.stateProblem}; every item is checked again\n`);
  for (const added of result.added) process.stdout.write(`Added: ${added.title} (${added.id})\n`);
  if (result.duplicates > 0) process.stdout.write(`Already in the archive under another link: ${result.duplicates}\n`);
  for (const failure of result.failures) process.stdout.write(`Not added: ${failure.link}: ${failure.reason}\n`);
  process.stdout.write(`${result.added.length} added from ${feeds.length} feed${feeds.length === 1 ? '' : 's'}.\n`);
  return result.failures.length === 0 ? 0 : 1;
}

runCli(main, USAGE);
