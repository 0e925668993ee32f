import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmRun } from './support/npm-run';

const CHANNEL = '123456789012345678';

// Each run starts npm and tsx, which takes seconds on a busy machine.
describe('npm run digest', { timeout: 60_000 }, () => {
  it('--dry-run prints what each digest channel would get, and records nothing', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-digest-cli-'));
    const run = await npmRun(['digest', '--', '--dry-run'], { STATE_DIR: stateDir, DIGEST_CHANNEL_IDS: CHANNEL });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`── channel ${CHANNEL} ──`);
    expect(run.stdout).toMatch(/First digest: 5 articles in the corpus:\n• .+ — .+, (\d{4}-\d{2}-\d{2}|undated)/);
    expect(run.stdout).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(run.stdout).toMatch(/Figure board:\n.+: [\d,–]+ from /);
    expect(run.stdout).toMatch(/Most-quoted sources:\n.+: \d+ sentences?\n/);
    expect(await readdir(stateDir)).toEqual([]);
  });

  it('without --dry-run says how to use it; a bad DIGEST_CRON is named', async () => {
    const [bare, badCron] = await Promise.all([
      npmRun(['digest'], {}),
      npmRun(['digest', '--', '--dry-run'], { DIGEST_CRON: 'every morning' }),
    ]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('usage: npm run digest -- --dry-run');
    expect(badCron.status).toBe(2);
    expect(badCron.stderr).toMatch(/DIGEST_CRON: is not a valid cron expression/);
  });
});
