import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../src/corpus/load-articles';
import { html, type PageServer, startPageServer } from './support/page-server';
import { npmRun } from './support/npm-run';

let site: PageServer;
beforeAll(async () => {
  site = await startPageServer({ '/leipzig/radwege': html(await readFile('tests/fixtures/pages/og-only.html', 'utf8')) });
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
});
