import { rename, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route, startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { freshStateDir, startDeskBot } from '../desk-bot';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('a digest state write that fails after Discord accepted the post', () => {
  it("does not leave the bot's own lock in the way of its next runs", async () => {
    const stateDir = await freshStateDir();
    const desk = await startDeskBot(fake, {
      DATA_DIR: 'data',
      STATE_DIR: stateDir,
      DIGEST_CHANNEL_IDS: fake.channelId,
    });
    try {
      const scheduler = desk.scheduler;
      if (!scheduler) throw new Error('the digest must be scheduled');
      const posts = route('POST', `/channels/${fake.channelId}/messages`);
      const held = fake.holdNext(posts);
      const run = scheduler.runNow();
      await held.arrived;
      // While Discord takes the post, STATE_DIR becomes unusable (a file where the folder was, as when a mount
      // drops): recording the post and removing the lock both fail.
      await rename(stateDir, `${stateDir}.away`);
      await writeFile(stateDir, '');
      held.release();
      await expect(run).rejects.toThrow();
      expect(fake.requests.filter(posts).at(-1)?.status).toBe(200);
      const said = desk.logs
        .lines()
        .filter((l) => l.channelId === fake.channelId)
        .map((l) => l.msg);
      expect(said).toContain('digest: posted, but the state file could not be written');
      expect(said).not.toContain('digest: post failed; will retry at the next run');

      await rm(stateDir);
      await rename(`${stateDir}.away`, stateDir);
      const next = await scheduler.runNow();
      expect(next).not.toMatchObject({ skipped: 'locked' });
      expect(next).toMatchObject({ sent: [fake.channelId], failed: [] });
      expect(desk.logs.lines().some((l) => /another process holds the digest lock/.test(l.msg))).toBe(false);
    } finally {
      await desk.stop();
    }
  });
});
