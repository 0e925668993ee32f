import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateDirProblem } from '../../src/state/check-state-dir';
import { TEST_TOKEN } from '../support/bot-harness';
import { npmRun } from '../support/npm-run';

// With a token set, `npm start` is the bot. Nothing listens at this Discord address, so nothing leaves the machine:
// a bot that got past the check would fail to connect instead. (An unwritable folder cannot be made for root,
// which these tests may run as; it takes the same path as the cases below.)
const botEnv = (stateDir: string) => ({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api', STATE_DIR: stateDir });

describe('an unusable STATE_DIR stops the bot at start-up, naming the variable', { timeout: 60_000 }, () => {
  it.each<[string, (dir: string) => Promise<string>, string]>([
    [
      'a file',
      async (dir) => {
        await writeFile(join(dir, 'state'), 'not a folder');
        return join(dir, 'state');
      },
      'is a file, not a folder',
    ],
    [
      'a path through a file',
      async (dir) => {
        await writeFile(join(dir, 'state'), 'not a folder');
        return join(dir, 'state', 'bot');
      },
      'cannot be created (part of the path is a file)',
    ],
  ])('STATE_DIR that is %s', async (_kind, makeStateDir, reason) => {
    const stateDir = await makeStateDir(await mkdtemp(join(tmpdir(), 'factdesk-state-fault-')));
    const run = await npmRun(['start'], botEnv(stateDir));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Invalid configuration:\n  STATE_DIR: "${stateDir}" ${reason}\n`);
    expect(run.stdout).not.toContain('corpus loaded');
  });

  it('a missing STATE_DIR is created, and the check leaves nothing behind', async () => {
    const stateDir = join(await mkdtemp(join(tmpdir(), 'factdesk-state-fault-')), 'new', 'state');
    expect(await stateDirProblem(stateDir)).toBeNull();
    expect(await readdir(stateDir)).toEqual([]);
  });
});
