import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../src/corpus/load-articles';
import { html, type PageServer, startPageServer } from './support/page-server';
import { npmRun } from './support/npm-run';

let site: PageServer;
beforeAll(async () => {
  site = await startPageServer({
    '/leipzig/radwege': html(await readFile('tests/fixtures/pages/og-only.html', 'utf8')),
    // Served as generic XML, as many servers send feeds: only the body says it is one.
    '/regionales': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Regionales</title><id>urn:regionales</id><updated>2025-06-02T08:00:00Z</updated>
<entry><title>Neue Radwege</title><id>urn:radwege</id><updated>2025-06-02T08:00:00Z</updated><link href="${site.origin}/leipzig/radwege"/></entry>
</feed>`);
    },
  });
});
afterAll(() => site.close());

const freshDirs = async () => ({
  DATA_DIR: await mkdtemp(join(tmpdir(), 'factdesk-ingest-data-')),
  STATE_DIR: await mkdtemp(join(tmpdir(), 'factdesk-ingest-state-')),
});

// Each run starts npm and tsx, which takes seconds on a busy machine.
describe('npm run ingest', { timeout: 60_000 }, () => {
  it('writes the article and its metadata into DATA_DIR, where the loader reads them with outlet, date and URL', async () => {
    const env = { ...(await freshDirs()), INGEST_ALLOW_PRIVATE: 'true' };
    const run = await npmRun(['ingest', '--', site.url('/leipzig/radwege')], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Saved, but not in service yet: Neue Radwege: Stadt plant 30 Kilometer bis 2027');
    expect(run.status).toBe(0);
    const { articles, problems } = await loadArticles(env.DATA_DIR);
    expect(problems).toEqual([]);
    expect(articles).toMatchObject([
      { outlet: 'Leipziger Abendblatt', published: '2025-06-02', url: site.url('/leipzig/radwege'), language: 'de' },
    ]);
  });

  it('polls a feed given as the link, without --feeds, and takes in its items', async () => {
    const env = { ...(await freshDirs()), INGEST_ALLOW_PRIVATE: 'true' };
    const run = await npmRun(['ingest', '--', site.url('/regionales')], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^Added: Neue Radwege: Stadt plant 30 Kilometer bis 2027 \(leipziger-abendblatt_[0-9a-f]{16}\)$/m,
    );
    expect(run.stdout).toContain('1 added from 1 feed.');
    expect(run.status).toBe(0);
    const { articles } = await loadArticles(env.DATA_DIR);
    expect(articles.map((a) => a.title)).toEqual(['Neue Radwege: Stadt plant 30 Kilometer bis 2027']);
  });
});
