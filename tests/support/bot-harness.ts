import { parseEnv, type Env } from '../../src/config/env';
import type { Engine } from '../../src/engine/engine';
import { EngineHolder } from '../../src/engine/holder';
import type { RunningBot } from '../../src/bot/start-bot';
import { startDesk, type StartDeskOptions } from '../../src/app/start-desk';
import { createLogger } from '../../src/logging/logger';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { captureLogs } from './log-capture';

/** Shaped like a real bot token, so a leak into logs is easy to search for. */
export const TEST_TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0NA.GfAkEt.test-token-never-logged-0123456789';

export interface BotHarness {
  fake: FakeDiscord;
  bot: RunningBot;
  holder: EngineHolder;
  env: Env;
  logs: ReturnType<typeof captureLogs>;
  /** Stops the bot and starts a fresh one (new client, nothing kept in memory) against the same fake Discord. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A fake Discord plus the real bot (real discord.js client) logged in to it. One per test file keeps runs short. */
export async function startBotHarness(engine: Engine, options: StartDeskOptions = {}): Promise<BotHarness> {
  const fake = await startFakeDiscord();
  const env = parseEnv({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.restUrl,
    LOG_LEVEL: 'debug',
    // The desk's own posts in English, as the existing assertions are; German ones are asked for by the tests on them.
    DESK_LOCALE: 'en',
  });
  const logs = captureLogs();
  const logger = createLogger({ level: 'debug', destination: logs.stream });
  const holder = new EngineHolder(engine);
  // The bot process's own start-up, without the SIGHUP and socket reload triggers (one worker runs many bots).
  const start = () => startDesk(env, holder, logger, { drainTimeoutMs: 2000, reloadTriggers: false, ...options });
  let desk = await start();
  const harness: BotHarness = {
    fake,
    bot: desk.bot,
    holder,
    env,
    logs,
    async restart() {
      await desk.stop();
      desk = await start();
      harness.bot = desk.bot;
    },
    async close() {
      await desk.stop();
      await fake.close();
    },
  };
  return harness;
}
