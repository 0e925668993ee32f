import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import { startBot, type RunningBot, type StartBotOptions } from '../bot/start-bot';
import type { DigestPostResult } from '../digest/counted-poster';
import type { DigestScheduler } from '../digest/scheduler';
import { startDigestFromEnv } from '../digest/start-from-env';
import { startFeedPolling } from '../ingest/feed-scheduler';
import type { Logger } from '../logging/logger';
import { reloadServiceFromEnv } from '../reload/audited-reload';
import { installReloadSignal } from '../reload/reload-signal';
import { watchDataDir } from '../reload/watch-data';
import { commands } from '../../commands';

interface Stoppable {
  stop(): Promise<void>;
}

export interface DeskBotOptions
  extends Pick<StartBotOptions, 'onGateway' | 'onInteraction' | 'drainTimeoutMs' | 'loadingRatio'> {
  /** Counts each digest post (for /metrics). */
  digestPosted?: (result: DigestPostResult) => void;
}

export interface StartDeskOptions extends DeskBotOptions {
  /** The desk's bot, already connected (see connectDeskBot); connected here when not given. */
  bot?: RunningBot;
  /**
   * Reload on SIGHUP and over STATE_DIR/bot.sock, and on changes in DATA_DIR with WATCH_DATA. The bot process has
   * them; tests, several bots in one worker process, leave them out and reload through /reload instead.
   */
  reloadTriggers?: boolean;
  /** Hears each part as it starts, so that a signal arriving mid-start stops what has started so far. */
  onPartStarted?: (part: Stoppable) => void;
}

export interface RunningDesk {
  bot: RunningBot;
  /** The digest schedule, or null when no digest channel is configured. */
  digest: DigestScheduler | null;
  /** Stops every part, newest first. */
  stop(): Promise<void>;
}

/**
 * The desk's Discord bot with the commands of commands/. It may connect before `holder` has a corpus (the bot
 * process connects while its archive is built): until then it tells whoever asks how far loading has got.
 */
export function connectDeskBot(
  env: Env,
  holder: EngineHolder,
  logger: Logger,
  options: DeskBotOptions = {},
): Promise<RunningBot> {
  return startBot(env, holder, logger, {
    commands,
    onGateway: options.onGateway,
    onInteraction: options.onInteraction,
    drainTimeoutMs: options.drainTimeoutMs,
    loadingRatio: options.loadingRatio,
    context: { digestPosted: options.digestPosted },
  });
}

/**
 * The desk's start-up around a corpus in service: the Discord bot with the commands of commands/, the digest
 * schedule, the reload triggers and feed polling, in that order. The bot process (run-bot) and the tests' harnesses
 * start the bot through this one function, so the tests exercise the wiring the desk runs.
 */
export async function startDesk(
  env: Env,
  holder: EngineHolder,
  logger: Logger,
  options: StartDeskOptions = {},
): Promise<RunningDesk> {
  const started: Stoppable[] = [];
  const add = <P extends Stoppable | null>(part: P): P => {
    if (part) {
      started.push(part);
      options.onPartStarted?.(part);
    }
    return part;
  };
  const bot = add(options.bot ?? (await connectDeskBot(env, holder, logger, options)));
  // The digest starts before the reload triggers record the corpus now in service as the snapshot: a digest state
  // found unreadable is rebuilt from the snapshot of the corpus as it was before this start, so that articles
  // added while the bot was down are still announced.
  const digest = add(await startDigestFromEnv(env, holder, bot.client, logger, options.digestPosted));
  if (options.reloadTriggers !== false) {
    const reloads = reloadServiceFromEnv(env, holder, logger, bot.client.rest);
    add({ stop: await installReloadSignal(reloads) });
    if (env.WATCH_DATA) add(await watchDataDir(reloads, { stateDir: env.STATE_DIR }));
  }
  add(await startFeedPolling(env, holder, logger, bot.client.rest));
  return {
    bot,
    digest,
    async stop() {
      for (const part of [...started].reverse()) await part.stop();
    },
  };
}
