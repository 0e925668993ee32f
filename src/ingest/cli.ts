import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runCli } from '../cli/run-cli';
import { type Env, loadEnv } from '../config/env';
import { messages } from '../i18n/catalog';
import { formatNumber } from '../locale/intl-format';
import { requestReload } from '../reload/reload-socket';
import { FEED_TYPES, type FetchResult, fetchPage, mediaType, PAGE_TYPES } from './fetch-page';
import { fetchOptionsFromEnv } from './ingest-from-env';
import { ingestPage } from './ingest-link';
import { problemText } from './ingest-problem';
import { formatIngestResult } from './ingest-reply';
import { looksLikeFeed } from './looks-like-feed';
import { pollFeeds } from './poll-feeds';

const ArgsSchema = z.array(z.string().min(1)).min(1);

const USAGE = `usage: npm run ingest -- <url|feed url> [<url|feed url>…]
       npm run ingest -- --feeds [<feed url>…]
Fetches each article, extracts its text and metadata and writes <id>.txt and <id>.meta.json into DATA_DIR/articles.
An address that serves an RSS, Atom or JSON feed is polled as the bot polls FEED_URLS: each item not seen before.
With --feeds, polls the feeds given (or FEED_URLS) once, as the bot does on FEED_CRON.
With a bot running on this STATE_DIR, asks it to reload over STATE_DIR/bot.sock (validated and audited like
/reload); otherwise the bot loads the articles at its next start or reload.
Exit code 0 when every link was added or already there, 1 when one was not, 2 for a usage error.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { feeds: { type: 'boolean' } },
  });
  if (values.feeds) return pollOnce(positionals);
  const links = ArgsSchema.safeParse(positionals);
  if (!links.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnv();
  let failed = 0;
  for (const link of links.data) {
    // Fetched once as either: a feed found at the address is polled, a page is ingested.
    const page = await fetchPage(link, { ...fetchOptionsFromEnv(env), types: [...PAGE_TYPES, ...FEED_TYPES] });
    if (page.ok && looksLikeFeed(page.contentType, page.text)) {
      if ((await pollAndReport(env, [link])) !== 0) failed++;
      continue;
    }
    const type = page.ok ? mediaType(page.contentType) : null;
    const asPage: FetchResult =
      type === null || PAGE_TYPES.includes(type)
        ? page
        : { ok: false, url: link, problem: { kind: 'type', type, wanted: 'page' } };
    let served = false;
    const result = await ingestPage(link, asPage, {
      dataDir: env.DATA_DIR,
      stateDir: env.STATE_DIR,
      fetch: fetchOptionsFromEnv(env),
      reload: async () => {
        const remote = await requestReload(env.STATE_DIR);
        served = remote?.outcome === 'reloaded';
        if (remote !== null && !served) {
          process.stdout.write(`${messages(env.DESK_LOCALE).reload.askedBot}\n${remote.report}\n`);
        }
        return null;
      },
      inService: () => served,
    });
    if (result.outcome === 'refused') failed++;
    process.stdout.write(`${formatIngestResult(result, env.DESK_LOCALE)}\n`);
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
  return pollAndReport(env, feeds);
}

async function pollAndReport(env: Env, feeds: readonly string[]): Promise<number> {
  const m = messages(env.DESK_LOCALE).ingest;
  const result = await pollFeeds(feeds, {
    dataDir: env.DATA_DIR,
    stateDir: env.STATE_DIR,
    fetch: fetchOptionsFromEnv(env),
    reload: async () => {
      const remote = await requestReload(env.STATE_DIR);
      if (remote !== null) process.stdout.write(`${messages(env.DESK_LOCALE).reload.askedBot}\n${remote.report}\n`);
      return null;
    },
  });
  if (result.stateProblem) process.stderr.write(`warning: ${result.stateProblem}; every item is checked again\n`);
  for (const added of result.added) process.stdout.write(`${m.feedAdded(added.title, added.id)}\n`);
  const count = (n: number) => formatNumber(n, env.DESK_LOCALE);
  if (result.duplicates > 0) process.stdout.write(`${m.feedDuplicates(count(result.duplicates))}\n`);
  for (const failure of result.failures) {
    const why = problemText(failure.problem, env.DESK_LOCALE);
    process.stdout.write(`${m.notAdded(failure.link, why).replace('\n', ' — ')}\n`);
  }
  process.stdout.write(`${m.feedSummary(count(result.added.length), feeds.length, count(feeds.length))}\n`);
  return result.failures.length === 0 ? 0 : 1;
}

runCli(main, USAGE);
