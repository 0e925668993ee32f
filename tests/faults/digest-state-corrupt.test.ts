import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeEngine } from '../../src/reload/engine-summary';
import { saveCorpusSnapshot } from '../../src/reload/snapshot-file';
import { DIGEST_STATE_FILE } from '../../src/state/digest-state';
import { route, startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { copyOfData, freshStateDir, startDeskBot } from '../desk-bot';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a digest state file found truncated at start-up', { timeout: 30_000 }, () => {
  it('still catches up the run missed while the bot was down, announcing only the articles added since', async () => {
    const stateDir = await freshStateDir();
    const dataDir = await copyOfData();
    // Every other second: a run falls due while the bot is down, without waiting minutes for one.
    const settings = {
      DATA_DIR: dataDir,
      STATE_DIR: stateDir,
      DIGEST_CHANNEL_IDS: fake.channelId,
      DIGEST_CRON: '*/2 * * * * *',
    };
    const channelPosts = () => fake.requests.filter(route('POST', `/channels/${fake.channelId}/messages`));

    const first = await startDeskBot(fake, settings);
    // As the bot does at start-up and after each reload: the corpus in service is recorded in STATE_DIR.
    await saveCorpusSnapshot(stateDir, summarizeEngine(first.holder.current));
    const before = channelPosts().length;
    await expect
      .poll(() => channelPosts().filter((r) => r.status === 200).length, { timeout: 10_000 })
      .toBeGreaterThan(before);
    await first.stop();

    await writeFile(
      join(dataDir, 'articles', '010_neu.txt'),
      'Neue Meldung aus Kiew\n\nRund 500 Soldaten wurden verlegt.\n',
    );
    const path = join(stateDir, DIGEST_STATE_FILE);
    const written = (await stat(path)).mtime;
    const text = await readFile(path, 'utf8');
    // Cut off mid-write: the file keeps the time it was written at.
    await writeFile(path, text.slice(0, Math.floor(text.length / 2)));
    await utimes(path, written, written);
    await sleep(2500);

    const afterDown = channelPosts().length;
    const second = await startDeskBot(fake, settings);
    try {
      expect(second.scheduler?.startUp).toMatchObject({ sent: [fake.channelId], failed: [] });
      const caughtUp = channelPosts()[afterDown];
      const description: string = caughtUp?.body.embeds[0].description;
      expect(description).toMatch(/^\*\*1 article added since /);
      expect(description).toContain('Neue Meldung aus Kiew');
      expect(description).not.toContain('First digest');
      const warned = second.logs
        .lines()
        .find((l) => l.msg === 'digest: state file was unreadable; rebuilt from the corpus snapshot');
      expect(warned?.problem).toContain(DIGEST_STATE_FILE);
    } finally {
      await second.stop();
    }
  });
});
