import { ConfigError, type Env } from '../config/env';
import { EngineHolder } from '../engine/holder';
import { installProcessHandlers } from '../bot/process-handlers';
import { startBot } from '../bot/start-bot';
import { durationFields, logBuildProgress } from '../build/progress-log';
import { startDigestFromEnv } from '../digest/start-from-env';
import { startFeedPolling } from '../ingest/feed-scheduler';
import { createLogger } from '../logging/logger';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { installReloadSignal } from '../reload/reload-signal';
import { watchDataDir } from '../reload/watch-data';
import { startOperations } from '../ops/operations';
import { stateDirProblem } from '../state/check-state-dir';
import { openBotCorpus } from './open-bot-corpus';
import { commands } from '../../commands';

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
  const connecting = startBot(env, holder, logger, {
    commands,
    onGateway: ops.gateway,
    onInteraction: ops.interaction,
    context: { digestPosted: ops.digestPosted },
    loadingRatio: () => build.ratio(),
  });
  // A failed login ends start-up at once; an unusable corpus ends it too, whatever the login did meanwhile.
  const loginFailed = connecting.then(() => new Promise<never>(() => undefined));
  let loaded: boolean;
  try {
    loaded = await Promise.race([corpus, loginFailed]);
  } catch (error) {
    await connecting.then((bot) => bot.stop(), () => undefined);
    await ops.stop();
    throw error;
  }
  if (!loaded) {
    await connecting.then((bot) => bot.stop(), () => undefined);
    await ops.stop();
    return false;
  }
  const bot = await connecting;
  started.push(bot);
  // The digest starts before the reload triggers record the corpus now in service as the snapshot: a digest state
  // found unreadable is rebuilt from the snapshot of the corpus as it was before this start, so that articles
  // added while the bot was down are still announced.
  const digest = await startDigestFromEnv(env, holder, bot.client, logger, ops.digestPosted);
  if (digest) started.push(digest);
  const reloads = reloadServiceFromEnv(env, holder, logger, bot.client.rest);
  const uninstallReload = await installReloadSignal(reloads);
  started.push({ stop: uninstallReload });
  if (env.WATCH_DATA) started.push(await watchDataDir(reloads, { stateDir: env.STATE_DIR }));
  const feeds = await startFeedPolling(env, holder, logger, bot.client.rest);
  if (feeds) started.push(feeds);
  // Since the process started (performance's time origin), so module loading counts too.
  logger.info({ digest: digest !== null, startupMs: Math.round(performance.now()) }, 'factdesk running');
  return true;
}
