import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateDirProblem } from '../../src/state/check-state-dir';
import { TEST_TOKEN } from '../support/bot-harness';
import { npmRun } from '../support/npm-run';

const scratch = () => mkdtemp(join(tmpdir(), 'factdesk-state-fault-'));

describe('an unusable STATE_DIR stops the bot at start-up, naming the variable', () => {
  // With a token set, `npm start` is the bot. Nothing listens at this Discord address, so nothing leaves the
  // machine: a bot that got past the check would fail to connect instead.
  it('npm start with STATE_DIR a file exits 2 with one configuration line', { timeout: 60_000 }, async () => {
    const stateDir = join(await scratch(), 'state');
    await writeFile(stateDir, 'not a folder');
    const run = await npmRun(['start'], {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      STATE_DIR: stateDir,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Invalid configuration:\n  STATE_DIR: "${stateDir}" is a file, not a folder\n`);
    expect(run.stdout).not.toContain('corpus loaded');
  });

  // The same check on its own, for the other ways a folder is unusable. (An unwritable folder cannot be made for
  // root, which these tests may run as.)
  it('a STATE_DIR whose path runs through a file cannot be created', async () => {
    const file = join(await scratch(), 'state');
    await writeFile(file, 'not a folder');
    expect(await stateDirProblem(join(file, 'bot'))).toBe(
      `"${join(file, 'bot')}" cannot be created (part of the path is a file)`,
    );
  });

  it('a missing STATE_DIR is created, and the check leaves nothing behind', async () => {
    const stateDir = join(await scratch(), 'new', 'state');
    expect(await stateDirProblem(stateDir)).toBeNull();
    expect(await readdir(stateDir)).toEqual([]);
  });
});
