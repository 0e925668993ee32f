import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, type PageServer, startPageServer } from '../../tests/support/page-server';
import { loadArticles } from '../corpus/load-articles';
import { addressPolicy } from './fetch-page';
import { problemText } from './ingest-problem';
import { type PollResult, pollFeeds } from './poll-feeds';

const reasons = (result: PollResult) => result.failures.map((f) => ({ link: f.link, reason: problemText(f.problem) }));

let site: PageServer;
beforeAll(async () => {
  const page = (name: string) => readFile(`tests/fixtures/pages/${name}.html`, 'utf8');
  const origin = () => site.origin;
  site = await startPageServer({
    '/hafen': html(await page('hafenstreik')),
    // The AMP copy of the same article: another address, the same canonical URL.
    '/amp/hafen': html(await page('hafenstreik')),
    '/radwege': html(await page('og-only')),
    '/uebersicht': html(await page('uebersicht')),
    '/rss.xml': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hanseatische Rundschau – Hamburg</title><link>${origin()}/</link>
<item><title>Hafenstreik in Hamburg</title><link>${origin()}/hafen?utm_source=rss</link><pubDate>Mon, 10 Mar 2025 22:40:00 GMT</pubDate></item>
<item><title>Übersicht</title><link>/uebersicht</link></item>
</channel></rss>`);
    },
    '/feed.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Regionales',
          items: [
            { id: '1', url: `${origin()}/radwege`, title: 'Neue Radwege' },
            // The same article as the RSS feed's first item, reached by another link.
            { id: '2', url: `${origin()}/amp/hafen`, title: 'Hafenstreik' },
          ],
        }),
      );
    },
  });
});
afterAll(() => site.close());

describe('pollFeeds', () => {
  it('ingests each new item once, with one reload per batch, and nothing at all when polled again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-feeds-data-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-feeds-state-'));
    let reloads = 0;
    const deps = {
      dataDir,
      stateDir,
      fetch: { allowAddress: addressPolicy(true), timeoutMs: 2000 },
      reload: async () => {
        reloads++;
        return null;
      },
    };
    const feeds = [site.url('/rss.xml'), site.url('/feed.json')];

    const first = await pollFeeds(feeds, deps);
    expect(first.added.map((a) => a.title)).toEqual([
      'Hafenstreik in Hamburg: Terminals stehen still',
      'Neue Radwege: Stadt plant 30 Kilometer bis 2027',
    ]);
    expect(first.duplicates).toBe(1);
    expect(reasons(first)).toEqual([{ link: site.url('/uebersicht'), reason: expect.stringMatching(/article text/) }]);
    expect(reloads).toBe(1);
    const { articles, problems } = await loadArticles(dataDir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.outlet).sort()).toEqual(['Hanseatische Rundschau', 'Leipziger Abendblatt']);

    const pagesFetched = site.requests.filter((r) => !r.path.includes('feed') && !r.path.includes('rss')).length;
    const second = await pollFeeds(feeds, deps);
    expect(second).toMatchObject({ added: [], duplicates: 0, failures: [] });
    expect(reloads).toBe(1);
    expect(site.requests.filter((r) => !r.path.includes('feed') && !r.path.includes('rss')).length).toBe(pagesFetched);
    expect((await readdir(join(dataDir, 'articles'))).length).toBe(4);
  });

  it('names a feed that cannot be fetched or read, and goes on with the others', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-feeds-state-'));
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-feeds-data-'));
    const result = await pollFeeds([site.url('/hafen'), site.url('/fehlt')], {
      dataDir,
      stateDir,
      fetch: { allowAddress: addressPolicy(true), timeoutMs: 2000 },
      reload: async () => null,
    });
    expect(reasons(result)).toEqual([
      { link: site.url('/hafen'), reason: 'the link serves text/html, not a feed' },
      { link: site.url('/fehlt'), reason: 'the site answered 404 Not Found' },
    ]);
  });
});
