import type { Env } from '../config/env';
import { createEngineFromDir } from '../engine/create-engine';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { startBot } from '../bot/start-bot';
import { startDigestFromEnv } from '../digest/start-from-env';
import { createLogger } from '../logging/logger';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { installReloadSignal } from '../reload/reload-signal';
import { startOperations } from '../ops/operations';
import { LogEvent } from '../logging/log-events';

/**
 * The bot process: engine, Discord client, digest schedule, SIGHUP reload, graceful SIGINT/SIGTERM. Returns false
 * when it cannot start (no usable corpus), after saying why.
 */
export async function runBot(env: Env): Promise<boolean> {
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const ops = await startOperations(env, logger);
  const buildStarted = performance.now();
  const { engine, problems } = await createEngineFromDir(env.DATA_DIR, {
    onWorkerFailure: (error) => logger.warn({ err: error }, 'build workers failed; built on the main thread'),
    onProgress: ops.buildProgress,
  });
  for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, 'data file left out');
  if (!engine) {
    logger.fatal({ event: LogEvent.corpusUnusable, dataDir: env.DATA_DIR }, 'no usable corpus; not starting');
    await ops.stop();
    return false;
  }
  const buildMs = performance.now() - buildStarted;
  logger.info({ dataDir: env.DATA_DIR, ...engine.stats(), durationMs: Math.round(buildMs) }, 'corpus loaded');
  const holder = new EngineHolder(engine);
  ops.corpusBuilt(holder, buildMs);

  // Signals are handled from the first moment, stopping whatever has started so far, newest first: no digest
  // run or reload may start while the client is going away.
  const started: Array<{ stop(): Promise<void> }> = [ops];
  installProcessHandlers(
    {
      async stop() {
        ops.stopping();
        for (const part of started.reverse()) await part.stop();
      },
    },
    logger,
  );
  const bot = await startBot(env, holder, logger, {
    onGateway: ops.gateway,
    onInteraction: ops.interaction,
    context: { digestPosted: ops.digestPosted },
  });
  started.push(bot);
  // The digest starts before the reload triggers record the corpus now in service as the snapshot: a digest state
  // found unreadable is rebuilt from the snapshot of the corpus as it was before this start, so that articles
  // added while the bot was down are still announced.
  const digest = await startDigestFromEnv(env, holder, bot.client, logger, ops.digestPosted);
  if (digest) started.push(digest);
  const uninstallReload = await installReloadSignal(reloadServiceFromEnv(env, holder, logger, bot.client.rest));
  started.push({ stop: uninstallReload });
  // Since the process started (performance's time origin), so module loading counts too.
  logger.info({ digest: digest !== null, startupMs: Math.round(performance.now()) }, 'factdesk running');
  return true;
}
