import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfData } from '../desk-bot';
import { npmRun } from '../support/npm-run';
import { writePidFile } from '../../src/state/pid-file';
import { RELOAD_SOCKET_FILE } from '../../src/reload/reload-socket';

describe('npm run reload after the bot was killed with kill -9', { timeout: 60_000 }, () => {
  it('leaves alone the unrelated process that now has the pid in bot.pid, and validates locally instead', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-fault-'));
    const dataDir = await copyOfData();
    // What a killed bot leaves: its pid file, now naming someone else's process, and a socket nobody listens on.
    const unrelated = spawn('sleep', ['30']);
    try {
      await writePidFile(stateDir, unrelated.pid);
      await writeFile(join(stateDir, RELOAD_SOCKET_FILE), '');

      const run = await npmRun(['reload'], { STATE_DIR: stateDir, DATA_DIR: dataDir });
      // No bot reloaded anything: the local check says what a reload would do, never that it reloaded.
      expect(run.stdout).toMatch(/^No bot reloaded: .+\n/);
      expect(run.stdout).toMatch(/\nA reload would put 5 articles in service \(checked in [\d.]+ s\)\./);
      expect(run.status).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unrelated.signalCode).toBeNull();
      expect(unrelated.exitCode).toBeNull();
    } finally {
      unrelated.kill();
    }
  });
});
