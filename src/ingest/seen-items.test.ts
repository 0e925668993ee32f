import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeenItems, SEEN_ITEMS_FILE } from './seen-items';

describe('loadSeenItems', () => {
  it('reads the first version of the record, keeping its item links, so no feed item is fetched again', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-seen-'));
    const v1 = {
      version: 1,
      links: ['https://a.example/1'],
      canonicalUrls: ['https://a.example/1'],
      textHashes: ['ab'],
    };
    await writeFile(join(stateDir, SEEN_ITEMS_FILE), JSON.stringify(v1));
    expect(await loadSeenItems(stateDir)).toEqual({
      seen: { version: 2, links: ['https://a.example/1'], articles: [] },
      problem: null,
    });
  });

  it('starts afresh, saying why, when the record is not what was written', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-seen-'));
    await writeFile(join(stateDir, SEEN_ITEMS_FILE), '{"version": 2, "links": [');
    const { seen, problem } = await loadSeenItems(stateDir);
    expect(seen).toEqual({ version: 2, links: [], articles: [] });
    expect(problem).toMatch(/not valid JSON/);
  });
});
