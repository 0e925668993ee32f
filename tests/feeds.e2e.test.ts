import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedPolling, type FeedPolling } from '../src/ingest/feed-scheduler';
import { createLogger } from '../src/logging/logger';
import { interactionCallback, startFakeDiscord, type FakeDiscord } from './fake-discord';
import { copyOfData, type DeskBot, freshStateDir, sendCommand, startDeskBot } from './desk-bot';
import { captureLogs } from './support/log-capture';
import { html, type PageServer, startPageServer } from './support/page-server';

let fake: FakeDiscord;
let desk: DeskBot;
let site: PageServer;
let feeds: FeedPolling | null;
const logs = captureLogs();

beforeAll(async () => {
  const page = (name: string) => readFile(`tests/fixtures/pages/${name}.html`, 'utf8');
  site = await startPageServer({
    '/hamburg/hafenstreik': html(await page('hafenstreik')),
    '/leipzig/radwege': html(await page('og-only')),
    '/hamburg/': html(await page('uebersicht')),
    '/rss.xml': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Regionales</title><link>${site.origin}/</link>
<item><title>Hafenstreik in Hamburg</title><link>${site.origin}/hamburg/hafenstreik?utm_source=rss</link></item>
<item><title>Neue Radwege</title><link>${site.origin}/leipzig/radwege</link></item>
<item><title>Hamburg</title><link>${site.origin}/hamburg/</link></item>
</channel></rss>`);
    },
  });
  fake = await startFakeDiscord();
  desk = await startDeskBot(fake, {
    DATA_DIR: await copyOfData(),
    STATE_DIR: await freshStateDir(),
    INGEST_ALLOW_PRIVATE: 'true',
    FEED_URLS: site.url('/rss.xml'),
    // Never due while the test runs: the test polls through the hook instead of waiting for the schedule.
    FEED_CRON: '0 0 1 1 *',
  });
  // As the bot process starts it (src/app/run-bot.ts), on the bot's own holder and Discord client.
  feeds = await startFeedPolling(
    desk.env,
    desk.holder,
    createLogger({ level: 'debug', destination: logs.stream }),
    desk.bot.client.rest,
  );
});
afterAll(async () => {
  await feeds?.stop();
  await desk?.stop();
  await fake?.close();
  await site?.close();
});

async function search(text: string): Promise<string> {
  const interaction = sendCommand(fake, 'search', { strings: [{ name: 'query', value: text }] });
  const callback = await fake.waitForRequest(interactionCallback(interaction.id), 15_000);
  return JSON.stringify(callback.body.data);
}

const feedReloads = () => logs.lines().filter((l) => l.actor === 'feeds' && l.outcome !== undefined && 'articles' in l);

describe('the feed poller inside the bot', () => {
  it('ingests the new items of FEED_URLS once, with one reload, and /search finds them', async () => {
    expect(feeds).not.toBeNull();
    const before = desk.holder.current.articles.size;
    expect(await search('Burchardkai')).not.toContain('Hafenstreik in Hamburg');

    const first = await feeds!.pollNow();
    expect(first.added.map((a) => a.title)).toEqual([
      'Hafenstreik in Hamburg: Terminals stehen still',
      'Neue Radwege: Stadt plant 30 Kilometer bis 2027',
    ]);
    expect(first.failures.map((f) => [f.link, f.problem.kind])).toEqual([
      [site.url('/hamburg/'), expect.stringMatching(/article-text|too-little/)],
    ]);
    expect(first.report?.outcome).toBe('reloaded');
    expect(feedReloads()).toHaveLength(1);
    expect(desk.holder.current.articles.size).toBe(before + 2);
    const found = await search('Burchardkai Warnstreik');
    expect(found).toContain('Hafenstreik in Hamburg: Terminals stehen still');
    expect(found).toContain('Hanseatische Rundschau · 2025-03-10');
    expect(await search('Radstreifen Stellplätze')).toContain('Leipziger Abendblatt');

    const fetched = site.requests.filter((r) => !r.path.endsWith('.xml')).length;
    const second = await feeds!.pollNow();
    expect(second).toMatchObject({ added: [], duplicates: 0, failures: [], report: null });
    expect(site.requests.filter((r) => !r.path.endsWith('.xml')).length).toBe(fetched);
    expect(feedReloads()).toHaveLength(1);
    expect(desk.holder.current.articles.size).toBe(before + 2);
  });
});
