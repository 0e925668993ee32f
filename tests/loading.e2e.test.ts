import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../src/config/env';
import { EngineHolder } from '../src/engine/holder';
import type { RunningBot } from '../src/bot/start-bot';
import { connectDeskBot } from '../src/app/start-desk';
import { createLogger } from '../src/logging/logger';
import { LAST_GOOD_LEXICON_FILE } from '../src/lexicon/last-good-lexicon';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { channelPosts, copyOfData, sendCommand } from './desk-bot';
import { ask, EPHEMERAL } from './support/ask';
import { TEST_TOKEN } from './support/bot-harness';
import { killGroup, startBotProcess, type BotProcess } from './support/bot-process';
import { loadEngine } from './support/engine';
import { captureLogs } from './support/log-capture';
import { npmStartCommand } from './support/start-command';
import { interactionCallback } from './fake-discord';

const isEphemeral = (data: { flags?: number }) => (Number(data.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
const troops = [{ name: 'topic', value: 'troops' }];

describe('a bot whose first corpus is still being built', () => {
  let fake: FakeDiscord;
  let bot: RunningBot;
  const holder = new EngineHolder();
  let ratio = 0.63;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const env = parseEnv({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.restUrl,
    });
    const logger = createLogger({ level: 'debug', destination: captureLogs().stream });
    bot = await connectDeskBot(env, holder, logger, { drainTimeoutMs: 2000, loadingRatio: () => ratio });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('tells a German reader, only them, that the archive is still loading and how far it has got', async () => {
    const { type, data } = await ask(fake, 'figure', troops, false, 'de');
    expect(type).toBe(4);
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/^Factdesk lädt noch das Archiv \(63\s%\)\. /u);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('tells an English reader in English, with the progress as it is now', async () => {
    ratio = 0.71;
    const { data } = await ask(fake, 'search', [{ name: 'query', value: 'Gerasimow' }], false, 'en-US');
    expect(isEphemeral(data)).toBe(true);
    expect(data.content).toMatch(/^Factdesk is still loading the archive \(71%\)\. /);
  });

  it("offers no autocomplete choices, and a moderator's /reload gets the same notice rather than an error", async () => {
    const choices = await ask(fake, 'figure', [{ name: 'topic', value: 'tro', focused: true }], true);
    expect(choices.type).toBe(8);
    expect(choices.data.choices).toEqual([]);
    const reload = sendCommand(fake, 'reload', { moderator: true });
    const callback = await fake.waitForRequest(interactionCallback(reload.id));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toMatch(/still loading the archive/);
  });

  it('answers as usual once the corpus is in service', async () => {
    holder.swap(await loadEngine());
    const { type, data } = await ask(fake, 'figure', troops);
    expect(type).toBe(4);
    expect(isEphemeral(data)).toBe(false);
    expect(data.embeds[0].title).toMatch(/^Figures for troops/);
  });
});

describe('npm start with a token', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let fifo: string;
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    // The bot's first read at start-up is the last good lexicon in STATE_DIR: as a FIFO, it holds the build right
    // there until the test writes to it, however fast the build would be.
    const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-loading-'));
    fifo = join(stateDir, LAST_GOOD_LEXICON_FILE);
    execFileSync('mkfifo', [fifo]);
    dataDir = await copyOfData();
    const [program, ...args] = npmStartCommand();
    bot = await startBotProcess(fake, program === 'node' ? process.execPath : (program ?? ''), args, {
      DATA_DIR: dataDir,
      STATE_DIR: stateDir,
      HTTP_PORT: '0',
      WATCH_DATA: 'true',
      AUDIT_CHANNEL_ID: fake.channelId,
    });
  }, 30_000);
  afterAll(async () => {
    killGroup(bot?.child.pid);
    await fake?.close();
  });

  it('connects to Discord while the archive builds, says it is loading, and answers once it is built', async () => {
    const listening = await bot.waitForLine((l) => l.msg === 'http server listening');
    await bot.waitForLine((l) => l.msg === 'bot ready');
    const readyz = async () => {
      const response = await fetch(`http://127.0.0.1:${listening.port}/readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };
    expect(bot.lines.some((l) => l.msg === 'corpus loaded')).toBe(false);
    expect(await readyz()).toEqual({ status: 503, body: { status: 'not ready', reason: 'corpus is being built' } });

    const early = await ask(fake, 'figure', troops, false, 'de');
    expect(isEphemeral(early.data)).toBe(true);
    expect(early.data.content).toMatch(/^Factdesk lädt noch das Archiv \(0\s%\)\./u);

    // Nothing usable in the FIFO: a first start, as far as the bot can tell.
    await writeFile(fifo, '');
    const loaded = await bot.waitForLine((l) => l.msg === 'corpus loaded');
    expect(loaded).toMatchObject({
      durationMs: expect.any(Number),
      analyseMs: expect.any(Number),
      indexMs: expect.any(Number),
    });
    expect(loaded.analyseMs + loaded.indexMs).toBeLessThanOrEqual(loaded.durationMs + 1);
    await bot.waitForLine((l) => l.msg === 'factdesk running');
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
    const answered = await ask(fake, 'figure', troops);
    expect(answered.data.embeds[0].title).toMatch(/^Figures for troops/);
    // Each interaction's log line follows its reply.
    const outcomes = () => bot.lines.filter((l) => l.msg === 'interaction').map((l) => l.outcome);
    await expect.poll(outcomes, { timeout: 5000 }).toEqual(['loading', 'answered']);
  }, 30_000);

  it('with WATCH_DATA, reloads by itself once a new file has settled, audited as the watcher', async () => {
    await bot.waitForLine((l) => l.msg === 'watch: watching the data folder for changes');
    const audits = channelPosts(fake).length;
    await writeFile(
      join(dataDir, 'articles', '950_watched.txt'),
      'Neue Truppen an der Grenze\n\nDie Nachrichtenagentur KCNA meldete, dass 7.300 Soldaten an der Grenze stünden.\n',
    );
    const reload = await bot.waitForLine((l) => l.msg === 'reload', 15_000);
    expect(reload).toMatchObject({ actor: 'WATCH_DATA', outcome: 'reloaded', added: ['950_watched'] });
    await expect.poll(() => channelPosts(fake).length, { timeout: 5000 }).toBe(audits + 1);
    expect(channelPosts(fake).at(-1)?.body.content).toMatch(/^Reload by WATCH_DATA:\nReloaded in /);
    expect(bot.lines.filter((l) => l.msg === 'reload')).toHaveLength(1);
  }, 30_000);
});
