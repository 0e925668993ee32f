import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import { EngineHolder } from '../engine/holder';
import { reloadServiceFromEnv } from './audited-reload';
import { onReload, type ReloadEvent } from './reload-events';
import { isArchiveChange, watchDataDir, type DataWatch } from './watch-data';

const ARTICLE = `Neue Truppen an der Grenze

Die staatliche Nachrichtenagentur KCNA meldete am Dienstag, dass 7.300 Soldaten an der Grenze stationiert seien.
`;

let watching: DataWatch | null = null;
afterEach(async () => {
  await watching?.stop();
  watching = null;
});

async function watchedDesk(debounceMs: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'factdesk-watch-'));
  await cp('data', dataDir, { recursive: true });
  const stateDir = join(dataDir, 'state');
  await mkdir(stateDir);
  const { engine } = await createEngineFromDir(dataDir);
  if (!engine) throw new Error('the bundled corpus builds');
  const holder = new EngineHolder(engine);
  const audits: string[] = [];
  const logs: Array<{ msg: string; fields: Record<string, unknown> }> = [];
  const log = (fields: Record<string, unknown>, msg: string) => void logs.push({ msg, fields });
  const service = reloadServiceFromEnv(
    {
      DATA_DIR: dataDir,
      STATE_DIR: stateDir,
      RELOAD_POLICY: 'keep-old',
      AUDIT_CHANNEL_ID: undefined,
      DESK_LOCALE: 'en',
    },
    holder,
    { info: log, warn: log, error: log } as never,
  );
  const reloads: ReloadEvent[] = [];
  onReload(holder, (event) => event.phase === 'finished' && reloads.push(event));
  watching = await watchDataDir(
    { ...service, audit: async (text) => void audits.push(text) },
    { debounceMs, stateDir },
  );
  return { dataDir, stateDir, holder, audits, logs, reloads };
}

describe('WATCH_DATA', () => {
  it('reloads once, audited as the watcher, after a burst of changes to the data folder', async () => {
    const desk = await watchedDesk(500);
    const articles = desk.holder.current.articles.size;
    // Written in three steps, as an editor or a copy does: one reload, after the last.
    await writeFile(join(desk.dataDir, 'articles', '950_watch.txt'), ARTICLE.slice(0, 30));
    await writeFile(join(desk.dataDir, 'articles', '950_watch.txt'), ARTICLE);
    await writeFile(join(desk.dataDir, 'articles', '950_watch.meta.json'), '{ "outlet": "Testblatt" }');
    await expect.poll(() => desk.audits.length, { timeout: 10_000 }).toBe(1);
    expect(desk.holder.current.articles.size).toBe(articles + 1);
    expect(desk.holder.current.articles.get('950_watch')?.outlet).toBe('Testblatt');
    expect(desk.audits[0]).toMatch(
      /^Reload by WATCH_DATA:\nReloaded in [\d.]+ s: \d+ articles in service\.\nArticles: 1 added/,
    );
    expect(desk.logs.find((l) => l.msg === 'reload')?.fields).toMatchObject({
      actor: 'WATCH_DATA',
      outcome: 'reloaded',
    });
    // The bot's own files (STATE_DIR inside DATA_DIR here) and half-written temporary files start nothing.
    await writeFile(join(desk.stateDir, 'digest-state.json'), '{}');
    await writeFile(join(desk.dataDir, 'articles', '950_watch.txt.4242.0a1b2c3d.tmp'), ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // longer than the debounce: time for a reload to start
    expect(desk.reloads).toHaveLength(1);
  });

  it("tells the archive's changes from the bot's own files", () => {
    expect(isArchiveChange('articles/a.txt', 'state')).toBe(true);
    expect(isArchiveChange('lexicon/sources.json', null)).toBe(true);
    expect(isArchiveChange('state/bot.pid', 'state')).toBe(false);
    expect(isArchiveChange('statements.txt', 'state')).toBe(true);
    expect(isArchiveChange('articles/a.txt.123.deadbeef.tmp', null)).toBe(false);
  });
});
