import type { REST } from 'discord.js';
import cron, { type ScheduledTask } from 'node-cron';
import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import type { Logger } from '../logging/logger';
import { reloadAndAudit, reloadServiceFromEnv } from '../reload/audited-reload';
import { fetchOptionsFromEnv } from './ingest-from-env';
import { problemText } from './ingest-problem';
import { pollFeeds, type PollResult } from './poll-feeds';

export interface FeedPolling {
  /**
   * One poll now, as FEED_CRON would start it (joining one already running): for tests, which cannot wait for
   * the schedule.
   */
  pollNow(): Promise<PollResult>;
  stop(): Promise<void>;
}

/** Polls FEED_URLS on FEED_CRON inside the bot, each batch put in service by the audited reload; null without feeds. */
export async function startFeedPolling(
  env: Env,
  holder: EngineHolder,
  log: Logger,
  rest?: Pick<REST, 'post'>,
): Promise<FeedPolling | null> {
  const feeds = env.FEED_URLS ?? [];
  if (feeds.length === 0) return null;
  const service = reloadServiceFromEnv(env, holder, log, rest);
  let running: Promise<PollResult> | null = null;
  const poll = (): Promise<PollResult> => (running ??= pollAndLog().finally(() => (running = null)));
  const pollAndLog = async (): Promise<PollResult> => {
    const result = await pollFeeds(feeds, {
      dataDir: env.DATA_DIR,
      stateDir: env.STATE_DIR,
      fetch: fetchOptionsFromEnv(env),
      reload: () => reloadAndAudit(service, 'feeds'),
    });
    if (result.stateProblem)
      log.warn({ problem: result.stateProblem }, 'feeds: the record of seen items was unreadable; started afresh');
    const failures = result.failures.map((f) => ({ link: f.link, reason: problemText(f.problem) }));
    log.info(
      {
        added: result.added.map((a) => a.id),
        duplicates: result.duplicates,
        failures,
        outcome: result.report?.outcome,
      },
      'feeds polled',
    );
    return result;
  };
  const task: ScheduledTask = cron.createTask(
    env.FEED_CRON,
    async () => {
      await poll().catch((error: unknown) =>
        log.error({ err: error instanceof Error ? error.message : String(error) }, 'feeds: poll failed'),
      );
    },
    {
      timezone: env.DIGEST_TIMEZONE,
      noOverlap: true,
      name: 'factdesk-feeds',
      logger: {
        info: (msg) => log.info({ source: 'node-cron' }, String(msg)),
        warn: (msg) => log.warn({ source: 'node-cron' }, String(msg)),
        error: (msg) => log.error({ source: 'node-cron' }, String(msg)),
        debug: () => undefined,
      },
    },
  );
  await task.start();
  return {
    pollNow: poll,
    stop: async () => {
      await task.stop();
      await task.destroy();
    },
  };
}
