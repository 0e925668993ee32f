import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_STATE_FILE, type DigestState, loadDigestState, saveDigestState } from './digest-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-state-'));
});

const sample: DigestState = {
  version: 1,
  schedule: { pattern: '0 8 * * 1-5', timezone: 'Europe/Berlin', nextDue: '2026-11-23T07:00:00.000Z' },
  seen: { '000_a': '2026-11-20T07:00:00.000Z' },
  channels: { '123456789012345678': { lastSlot: '2026-11-20T07:00:00.000Z', sentAt: '2026-11-20T07:00:01.000Z' } },
};

describe('digest state file', () => {
  it('survives a restart: what was saved is what is loaded', async () => {
    await saveDigestState(dir, sample);
    expect(await loadDigestState(dir)).toEqual({ state: sample });
  });

  it('starts empty and without complaint when there is no state yet', async () => {
    const loaded = await loadDigestState(dir);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.state.channels).toEqual({});
  });

  it('leaves no temporary files behind and overwrites whole', async () => {
    await saveDigestState(dir, sample);
    await saveDigestState(dir, { ...sample, seen: {} });
    expect(await readdir(dir)).toEqual([DIGEST_STATE_FILE]);
    expect(JSON.parse(await readFile(join(dir, DIGEST_STATE_FILE), 'utf8')).seen).toEqual({});
  });

  it.each([
    ['truncated JSON', '{"version":1,"seen":{'],
    ['wrong shape', JSON.stringify({ version: 1, seen: {}, channels: { x: { lastSlot: 'yesterday' } } })],
  ])('reports a corrupt file (%s) instead of crashing, and keeps it aside', async (_label, content) => {
    await writeFile(join(dir, DIGEST_STATE_FILE), content);
    const loaded = await loadDigestState(dir);
    expect(loaded.problem).toContain(DIGEST_STATE_FILE);
    expect(loaded.state.channels).toEqual({});
    const files = await readdir(dir);
    expect(files.some((f) => f.startsWith(`${DIGEST_STATE_FILE}.corrupt-`))).toBe(true);
  });
});
