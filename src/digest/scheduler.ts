import cron, { type ScheduledTask } from 'node-cron';
import { ConfigError, EnvSchema } from '../config/env';
import { type DigestContext, type DigestRunResult, type DigestRequest, runDigest } from './digest-run';
import { LogEvent } from '../logging/log-events';
import type { SlotMatcher } from './latest-slot';

export interface DigestSchedulerOptions extends DigestContext {
  /** node-cron expression; a seconds field is allowed (tests use one). */
  cron: string;
  /** Post once at start-up if a scheduled run was missed while no process was running. */
  catchUp: boolean;
}

export interface DigestScheduler {
  /** What start-up did: a catch-up post, or why not. */
  readonly startUp: DigestRunResult | 'busy';
  /** /digest now: posts at once, through the same lock and overlap guard as scheduled runs. */
  runNow(): Promise<DigestRunResult | 'busy'>;
  nextRun(): Date | null;
  stop(): Promise<void>;
}

const ScheduleSchema = EnvSchema.pick({ DIGEST_CRON: true, DIGEST_TIMEZONE: true });

/**
 * A bad schedule is a start-up error naming the variable, never a digest that silently never runs. The env schema
 * already checks this at start-up; callers that build options by hand (tests, scripts) get the same check.
 */
export function assertDigestSchedule(pattern: string, timeZone: string): void {
  const parsed = ScheduleSchema.safeParse({ DIGEST_CRON: pattern, DIGEST_TIMEZONE: timeZone });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/**
 * Starts the digest schedule (call once the Discord client is ready, in one shard only; the lock in STATE_DIR keeps
 * other processes from posting the same digest anyway). Resolves after the start-up catch-up.
 */
export async function startDigestScheduler(options: DigestSchedulerOptions): Promise<DigestScheduler> {
  assertDigestSchedule(options.cron, options.timezone);
  // noOverlap guards cron ticks against each other; this also covers catch-up and /digest now, and lets stop()
  // wait for a run in progress instead of leaving its state write and lock behind.
  let current: Promise<DigestRunResult> | null = null;
  const guarded = async (request: DigestRequest): Promise<DigestRunResult | 'busy'> => {
    if (current) {
      options.log.warn({ request: request.kind }, 'digest: a run is still in progress; this one is skipped');
      return 'busy';
    }
    const run = runDigest(options, request, {
      pattern: options.cron,
      nextDue: task.getNextRuns(1)[0] ?? null,
      matcher,
    });
    current = run;
    try {
      return await run;
    } finally {
      current = null;
    }
  };
  const task: ScheduledTask = cron.createTask(
    options.cron,
    async (context) => {
      try {
        await guarded({ kind: 'scheduled', slot: context.date });
      } catch (error) {
        options.log.error(
          { event: LogEvent.digestRunFailed, err: error instanceof Error ? error.message : String(error) },
          'digest: run failed',
        );
      }
    },
    {
      timezone: options.timezone,
      noOverlap: true,
      name: 'factdesk-digest',
      // node-cron's own notices (a tick skipped by noOverlap) go to the bot's structured log, not the console.
      logger: {
        info: (msg) => options.log.info({ source: 'node-cron' }, String(msg)),
        warn: (msg) => options.log.warn({ source: 'node-cron' }, String(msg)),
        error: (msg) => options.log.error({ event: LogEvent.digestSchedulerError, source: 'node-cron' }, String(msg)),
        debug: () => undefined,
      },
    },
  );
  // Finds a run missed while no process ran when the state file that recorded the next one is unreadable.
  const matcher: SlotMatcher = { matches: (at) => task.match(at), seconds: cron.parse(options.cron).second };
  // Also records the next due run, which is what a later start-up compares against to detect a missed one.
  const startUp = await guarded({ kind: 'start-up', now: new Date(), catchUp: options.catchUp });
  await task.start();
  return {
    startUp,
    runNow: () => guarded({ kind: 'manual', slot: new Date() }),
    nextRun: () => task.getNextRun(),
    stop: async () => {
      await task.stop();
      await task.destroy();
      await current?.catch(() => undefined);
    },
  };
}
