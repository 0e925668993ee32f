import type { Env } from '../config/env';
import { createEngineFromDir } from '../engine/create-engine';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { startBot } from '../bot/start-bot';
import { startDigestFromEnv } from '../digest/start-from-env';
import { createLogger } from '../logging/logger';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { installReloadSignal } from '../reload/reload-signal';

/**
 * The bot process: engine, Discord client, digest schedule, SIGHUP reload, graceful SIGINT/SIGTERM. Returns false
 * when it cannot start (no usable corpus), after saying why.
 */
export async function runBot(env: Env): Promise<boolean> {
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const { engine, problems } = await createEngineFromDir(env.DATA_DIR, {
    onWorkerFailure: (error) => logger.warn({ err: error }, 'build workers failed; built on the main thread'),
  });
  for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, 'data file left out');
  if (!engine) {
    logger.fatal({ dataDir: env.DATA_DIR }, 'no usable corpus; not starting');
    return false;
  }
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
  // The digest starts before the reload triggers record the corpus now in service as the snapshot: a digest state
  // found unreadable is rebuilt from the snapshot of the corpus as it was before this start, so that articles
  // added while the bot was down are still announced.
  const digest = await startDigestFromEnv(env, holder, bot.client, logger);
  if (digest) started.push(digest);
  const uninstallReload = await installReloadSignal(reloadServiceFromEnv(env, holder, logger, bot.client.rest));
  started.push({ stop: uninstallReload });
  logger.info({ digest: digest !== null }, 'factdesk running');
  return true;
}
