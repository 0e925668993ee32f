import { parseEnv, type Env } from '../../src/config/env';
import type { Engine } from '../../src/engine/engine';
import { EngineHolder } from '../../src/engine/holder';
import { startBot, type RunningBot, type StartBotOptions } from '../../src/bot/start-bot';
import { createLogger } from '../../src/logging/logger';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord';
import { captureLogs } from './log-capture';
import { commands } from '../../commands';

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
export async function startBotHarness(engine: Engine, options: Partial<StartBotOptions> = {}): Promise<BotHarness> {
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
  const start = () => startBot(env, holder, logger, { commands, drainTimeoutMs: 2000, ...options });
  const harness: BotHarness = {
    fake,
    bot: await start(),
    holder,
    env,
    logs,
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
    },
    async close() {
      await harness.bot.stop();
      await fake.close();
    },
  };
  return harness;
}
