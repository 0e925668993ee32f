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
import { commands } from '../../commands';

interface Stoppable {
  stop(): Promise<void>;
}

export interface StartDeskOptions extends Pick<StartBotOptions, 'onGateway' | 'onInteraction' | 'drainTimeoutMs'> {
  /** Counts each digest post (for /metrics). */
  digestPosted?: (result: DigestPostResult) => void;
  /**
   * Reload on SIGHUP and over STATE_DIR/bot.sock. The bot process has them; tests, several bots in one worker
   * process, leave them out and reload through /reload instead.
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
  const bot = add(
    await startBot(env, holder, logger, {
      commands,
      onGateway: options.onGateway,
      onInteraction: options.onInteraction,
      drainTimeoutMs: options.drainTimeoutMs,
      context: { digestPosted: options.digestPosted },
    }),
  );
  // The digest starts before the reload triggers record the corpus now in service as the snapshot: a digest state
  // found unreadable is rebuilt from the snapshot of the corpus as it was before this start, so that articles
  // added while the bot was down are still announced.
  const digest = add(await startDigestFromEnv(env, holder, bot.client, logger, options.digestPosted));
  if (options.reloadTriggers !== false) {
    const uninstallReload = await installReloadSignal(reloadServiceFromEnv(env, holder, logger, bot.client.rest));
    add({ stop: uninstallReload });
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
