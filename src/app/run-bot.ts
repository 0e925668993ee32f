import { ConfigError, type Env } from '../config/env';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { createLogger } from '../logging/logger';
import { startOperations } from '../ops/operations';
import { stateDirProblem } from '../state/check-state-dir';
import { openBotCorpus } from './open-bot-corpus';
import { startDesk } from './start-desk';

/**
 * The bot process: engine, Discord client, digest schedule, SIGHUP reload, graceful SIGINT/SIGTERM. Returns false
 * when it cannot start (no usable corpus), after saying why; throws a ConfigError when STATE_DIR cannot be written.
 */
export async function runBot(env: Env): Promise<boolean> {
  const stateProblem = await stateDirProblem(env.STATE_DIR);
  if (stateProblem !== null) throw new ConfigError([`STATE_DIR: ${stateProblem}`]);
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const ops = await startOperations(env, logger);
  const buildStarted = performance.now();
  const engine = await openBotCorpus(env, logger, { onProgress: ops.buildProgress });
  if (!engine) {
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
  const desk = await startDesk(env, holder, logger, {
    onGateway: ops.gateway,
    onInteraction: ops.interaction,
    digestPosted: ops.digestPosted,
    onPartStarted: (part) => started.push(part),
  });
  // Since the process started (performance's time origin), so module loading counts too.
  logger.info({ digest: desk.digest !== null, startupMs: Math.round(performance.now()) }, 'factdesk running');
  return true;
}
