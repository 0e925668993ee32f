import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import { EngineHolder } from '../engine/holder';
import { readPidFile } from '../state/pid-file';
import { loadCorpusSnapshot } from './snapshot-file';
import { installReloadSignal } from './reload-signal';

describe('installReloadSignal', () => {
  it('reloads on SIGHUP, logs who and what, posts to the audit channel, and keeps the pid file while installed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-hup-data-'));
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-hup-state-'));
    await cp('data', dataDir, { recursive: true });
    const { engine } = await createEngineFromDir(dataDir);
    if (!engine) throw new Error('bundled data must load');
    const holder = new EngineHolder(engine);
    const lines: string[] = [];
    const audits: string[] = [];
    const uninstall = await installReloadSignal({
      holder,
      dataDir,
      policy: 'keep-old',
      stateDir,
      log: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }),
      audit: async (text) => {
        audits.push(text);
      },
    });
    try {
      expect(await readPidFile(stateDir)).toBe(process.pid);
      expect((await loadCorpusSnapshot(stateDir)).summary?.articles).toHaveLength(engine.articles.size);

      await writeFile(join(dataDir, 'articles', '010_neu.txt'), 'Neue Meldung\n\nRund 500 Soldaten wurden verlegt.\n');
      process.emit('SIGHUP', 'SIGHUP');
      await expect.poll(() => holder.current.articles.has('010_neu'), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => audits.length).toBe(1);
      expect(audits[0]).toMatch(/^Reload by SIGHUP:\nReloaded in/);
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'reload');
      expect(logged).toMatchObject({ actor: 'SIGHUP', outcome: 'reloaded', added: ['010_neu'] });
      await expect
        .poll(async () => (await loadCorpusSnapshot(stateDir)).summary?.articles.length)
        .toBe(engine.articles.size + 1);
    } finally {
      await uninstall();
    }
    expect(await readPidFile(stateDir)).toBeNull();
    expect(await readFile(join(stateDir, 'bot.pid'), 'utf8').catch(() => 'gone')).toBe('gone');
  });
});
