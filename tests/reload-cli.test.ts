import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { npmRun } from './support/npm-run';
import { createEngineFromDir } from '../src/build/engine-from-dir';
import { EngineHolder } from '../src/engine/holder';
import { installReloadSignal } from '../src/reload/reload-signal';
import { summarizeEngine } from '../src/reload/engine-summary';
import { SNAPSHOT_FILE } from '../src/reload/snapshot-file';
import { loadEngine } from './support/engine';

// Each run starts npm and tsx, which takes seconds on a busy machine.
describe('npm run reload', { timeout: 60_000 }, () => {
  it('in console mode reports against the last loaded corpus, and names an invalid file while keeping the old one', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-data-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-state-'));
    await cp('data', dataDir, { recursive: true });
    const env = { DATA_DIR: dataDir, STATE_DIR: stateDir };

    const first = await npmRun(['reload', '--', '--local'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^No bot reloaded: this is what a reload would do .+ Nothing was written\.\n/);
    expect(first.stdout).toMatch(/\nA reload would put 5 articles in service \(checked in [\d.]+ s\)\./);
    expect(first.stdout).toContain('Articles: 5 added, 0 changed, 0 removed.');
    // Only checked: no snapshot (nor anything else) is written.
    expect(await readdir(stateDir)).toEqual([]);
    // Against the corpus a bot last put in service, it says what would change; with no bot to ask, the same.
    await writeFile(join(stateDir, SNAPSHOT_FILE), JSON.stringify(summarizeEngine(await loadEngine(dataDir))));
    const unchanged = await npmRun(['reload'], env);
    expect(unchanged.stdout).toMatch(/\nA reload would put 5 articles in service \(checked in [\d.]+ s\)\./);
    expect(unchanged.stdout).toContain(').\nNothing changed.');

    await writeFile(join(dataDir, 'articles', '010_kaputt.txt'), 'Titel\n\nText mit 300 Soldaten.\n');
    await writeFile(join(dataDir, 'articles', '010_kaputt.meta.json'), '{"outlet": ""}');
    const refused = await npmRun(['reload'], env);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Reload refused (1 invalid file)');
    expect(refused.stdout).toContain('• articles/010_kaputt.meta.json: ');
  });

  it('with a bot running on the same STATE_DIR, asks it to reload over its socket and prints its report', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-data-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-cli-sock-'));
    await cp('data', dataDir, { recursive: true });
    const { engine } = await createEngineFromDir(dataDir);
    if (!engine) throw new Error('bundled data must load');
    const holder = new EngineHolder(engine);
    const audits: string[] = [];
    const uninstall = await installReloadSignal({
      holder,
      dataDir,
      policy: 'keep-old',
      stateDir,
      log: pino({ level: 'silent' }),
      audit: async (text) => {
        audits.push(text);
      },
    });
    try {
      await writeFile(join(dataDir, 'articles', '010_neu.txt'), 'Neue Meldung\n\nRund 500 Soldaten wurden verlegt.\n');
      const run = await npmRun(['reload'], { STATE_DIR: stateDir, DATA_DIR: dataDir });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Asked the running bot to reload\.\nReloaded in [\d.]+ s: 6 articles in service\./);
      expect(run.stdout).toContain('010_neu');
      expect(holder.current.articles.has('010_neu')).toBe(true);
      expect(audits[0]).toMatch(/^Reload by npm run reload:/);
    } finally {
      await uninstall();
    }
  });
});
