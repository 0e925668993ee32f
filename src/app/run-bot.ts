import { ConfigError, type Env } from '../config/env';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { startBot } from '../bot/start-bot';
import { startDigestFromEnv } from '../digest/start-from-env';
import { createLogger } from '../logging/logger';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { installReloadSignal } from '../reload/reload-signal';
import { stateDirProblem } from '../state/check-state-dir';
import { openBotCorpus } from './open-bot-corpus';

/**
 * The bot process: engine, Discord client, digest schedule, SIGHUP reload, graceful SIGINT/SIGTERM. Returns false
 * when it cannot start (no usable corpus), after saying why; throws a ConfigError when STATE_DIR cannot be written.
 */
export async function runBot(env: Env): Promise<boolean> {
  const stateProblem = await stateDirProblem(env.STATE_DIR);
  if (stateProblem !== null) throw new ConfigError([`STATE_DIR: ${stateProblem}`]);
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const engine = await openBotCorpus(env, logger);
  if (!engine) return false;
  logger.info({ dataDir: env.DATA_DIR, ...engine.stats() }, 'corpus loaded');
  const holder = new EngineHolder(engine);

  // Signals are handled from the first moment, stopping whatever has started so far, newest first: no digest
  // run or reload may start while the client is going away.
  const started: Array<{ stop(): Promise<void> }> = [];
  installProcessHandlers(
    {
      async stop() {
        for (const part of started.reverse()) await part.stop();
      },
    },
    logger,
  );
  const bot = await startBot(env, holder, logger);
  started.push(bot);
  const uninstallReload = await installReloadSignal(reloadServiceFromEnv(env, holder, logger, bot.client.rest));
  started.push({ stop: uninstallReload });
  const digest = await startDigestFromEnv(env, holder, bot.client, logger);
  if (digest) started.push(digest);
  logger.info({ digest: digest !== null }, 'factdesk running');
  return true;
}
