import { ConfigError, type Env } from '../config/env';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { durationFields, logBuildProgress } from '../build/progress-log';
import { createLogger } from '../logging/logger';
import { startOperations } from '../ops/operations';
import { stateDirProblem } from '../state/check-state-dir';
import { openBotCorpus } from './open-bot-corpus';
import { connectDeskBot, startDesk } from './start-desk';

/**
 * The bot process: engine, Discord client, digest schedule, SIGHUP reload, graceful SIGINT/SIGTERM. Returns false
 * when it cannot start (no usable corpus), after saying why; throws a ConfigError when STATE_DIR cannot be written.
 * It connects to Discord while the archive is built, so a command asked meanwhile is told how far loading has got.
 */
export async function runBot(env: Env): Promise<boolean> {
  const stateProblem = await stateDirProblem(env.STATE_DIR);
  if (stateProblem !== null) throw new ConfigError([`STATE_DIR: ${stateProblem}`]);
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const ops = await startOperations(env, logger);
  const holder = new EngineHolder();
  const build = logBuildProgress(logger, 'corpus build');
  const corpus = openBotCorpus(env, logger, {
    onProgress: (progress) => {
      build.update(progress);
      ops.buildProgress(progress);
    },
  }).then((engine) => {
    if (!engine) return false;
    const durations = build.durations();
    logger.info({ dataDir: env.DATA_DIR, ...engine.stats(), ...durationFields(durations) }, 'corpus loaded');
    holder.swap(engine);
    ops.corpusBuilt(holder, durations.totalMs);
    return true;
  });

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
  const connecting = connectDeskBot(env, holder, logger, {
    onGateway: ops.gateway,
    onInteraction: ops.interaction,
    digestPosted: ops.digestPosted,
    loadingRatio: () => build.ratio(),
  });
  // A failed login ends start-up at once; an unusable corpus ends it too, whatever the login did meanwhile.
  const loginFailed = connecting.then(() => new Promise<never>(() => undefined));
  let loaded: boolean;
  try {
    loaded = await Promise.race([corpus, loginFailed]);
  } catch (error) {
    await connecting.then(
      (bot) => bot.stop(),
      () => undefined,
    );
    await ops.stop();
    throw error;
  }
  if (!loaded) {
    await connecting.then(
      (bot) => bot.stop(),
      () => undefined,
    );
    await ops.stop();
    return false;
  }
  const desk = await startDesk(env, holder, logger, {
    bot: await connecting,
    digestPosted: ops.digestPosted,
    onPartStarted: (part) => started.push(part),
  });
  // Since the process started (performance's time origin), so module loading counts too.
  logger.info({ digest: desk.digest !== null, startupMs: Math.round(performance.now()) }, 'factdesk running');
  return true;
}
