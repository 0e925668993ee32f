// The bot as its own process, wired like src/main.ts: for tests that send it real signals.
import { installProcessHandlers } from '../../src/bot/process-handlers';
import { startBot } from '../../src/bot/start-bot';
import { parseEnv } from '../../src/config/env';
import { EngineHolder } from '../../src/engine/holder';
import { createLogger } from '../../src/logging/logger';
import { loadEngine } from './engine';

const env = parseEnv(process.env);
const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
const holder = new EngineHolder(await loadEngine(env.DATA_DIR));
const bot = await startBot(env, holder, logger, { drainTimeoutMs: 5000 });
installProcessHandlers(bot, logger, { hardExitAfterMs: 10_000 });
if (process.env.FACTDESK_TEST_STRAY_REJECTION === '1') {
  // A promise nobody awaits, rejected: the bot must log it and keep running.
  void Promise.reject(new Error('stray rejection for the test'));
}
