import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmRun } from './support/npm-run';
import { writePidFile } from '../src/state/pid-file';

// Each run starts npm and tsx, which takes seconds on a busy machine.
describe('npm run reload', { timeout: 60_000 }, () => {
  it('in console mode reports against the last loaded corpus, and names an invalid file while keeping the old one', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-data-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-state-'));
    await cp('data', dataDir, { recursive: true });
    const env = { DATA_DIR: dataDir, STATE_DIR: stateDir };

    const first = await npmRun(['reload'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Articles: 5 added, 0 changed, 0 removed.');
    const again = await npmRun(['reload'], env);
    expect(again.stdout).toMatch(/^Reloaded in [\d.]+ s: 5 articles in service\.\nNothing changed\./);

    await writeFile(join(dataDir, 'articles', '010_kaputt.txt'), 'Titel\n\nText mit 300 Soldaten.\n');
    await writeFile(join(dataDir, 'articles', '010_kaputt.meta.json'), '{"outlet": ""}');
    const refused = await npmRun(['reload'], env);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Reload refused (1 invalid file)');
    expect(refused.stdout).toContain('• articles/010_kaputt.meta.json: ');
  });

  it('with a bot running on the same STATE_DIR, asks it to reload with SIGHUP', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-pid-'));
    const bot = spawn(process.execPath, ['-e', "process.on('SIGHUP', () => { console.log('reloading'); process.exit(0); }); setInterval(() => {}, 1000); console.log('up');"]);
    await once(bot.stdout, 'data');
    await writePidFile(stateDir, bot.pid);
    const exited = once(bot, 'exit');
    const run = await npmRun(['reload'], { STATE_DIR: stateDir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Asked the running bot (pid ${bot.pid}) to reload.`);
    await exited;
    expect(bot.exitCode).toBe(0);
  });
});
