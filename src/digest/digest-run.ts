import type { Locale } from '../locale/locale';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type DigestState, loadDigestState, saveDigestState } from '../state/digest-state';
import { tryAcquireLock } from '../state/lock-file';
import { loadCorpusSnapshot } from '../reload/snapshot-file';
import { composeDigest, type DigestEngine, recordDigestSent } from './compose-digest';
import { latestSlotBetween, type SlotMatcher } from './latest-slot';
import { rebuildDigestState } from './rebuild-state';
import { type DigestMessage, digestMessage } from './render-digest';
import { LogEvent } from '../logging/log-events';

export type DigestLog = Pick<Logger, 'info' | 'warn' | 'error'>;

/** Posts one message to one channel; throws when Discord refuses (gone, no permission, 5xx). */
export interface DigestPoster {
  post(channelId: string, message: DigestMessage, nonce: string): Promise<{ messageId?: string }>;
}

export interface DigestContext {
  /** The engine in service at the time of the run (a reload may have swapped it since start-up). */
  engine: () => DigestEngine;
  stateDir: string;
  channelIds: readonly string[];
  timezone: string;
  /** The desk's language (DESK_LOCALE), which digests are written in; English when not given. */
  locale?: Locale;
  poster: DigestPoster;
  log: DigestLog;
}

export type DigestRequest =
  /** A cron tick for `slot`. */
  | { kind: 'scheduled'; slot: Date }
  /** A moderator's /digest now. */
  | { kind: 'manual'; slot: Date }
  /** Start-up: with catch-up on, post once if the last running process expected a run that never happened. */
  | { kind: 'start-up'; now: Date; catchUp: boolean };

export interface DigestRunResult {
  slot: string | null;
  sent: string[];
  failed: { channelId: string; error: string }[];
  /** Channels that already had a digest for this slot (another process, or before a restart). */
  alreadySent: string[];
  /** Why nothing was attempted: another process holds the lock, no run was missed, or catch-up is off. */
  skipped?: 'locked' | 'nothing-missed' | 'catch-up-off';
}

export const DIGEST_LOCK_FILE = 'digest.lock';
// Longer than any real run (a few posts); a crashed holder on another host must not stop digests for longer.
const LOCK_STALE_MS = 10 * 60_000;

/** Discord drops a second message with the same nonce from the same bot for a few minutes: a crash right after a post
 * and before the state write cannot turn into a visible duplicate. Nonces are at most 25 characters. */
function digestNonce(channelId: string, slot: string): string {
  return createHash('sha256').update(`${channelId}|${slot}`).digest('base64url').slice(0, 25);
}

/** The schedule a run belongs to: what it records as the next due run, and how past runs are found. */
export interface DigestSchedule {
  pattern: string;
  nextDue: Date | null;
  matcher?: SlotMatcher;
}

async function rebuildState(
  ctx: DigestContext,
  lastWritten: Date,
  request: DigestRequest,
  schedule?: DigestSchedule,
): Promise<DigestState> {
  const snapshot = await loadCorpusSnapshot(ctx.stateDir);
  const now = request.kind === 'start-up' ? request.now : new Date();
  const missedSlot = schedule?.matcher ? latestSlotBetween(schedule.matcher, lastWritten, now) : null;
  return rebuildDigestState({
    lastWritten,
    announcedArticleIds: snapshot.summary ? snapshot.summary.articles.map((a) => a.id) : null,
    channelIds: ctx.channelIds,
    missedSlot,
    pattern: schedule?.pattern ?? '',
    timezone: ctx.timezone,
  });
}

function floorToSecond(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}

function slotFor(
  request: DigestRequest,
  state: DigestState,
): { slot: string } | { skipped: 'nothing-missed' | 'catch-up-off' } {
  if (request.kind !== 'start-up') return { slot: floorToSecond(request.slot) };
  if (!request.catchUp) return { skipped: 'catch-up-off' };
  const due = state.schedule?.nextDue;
  // No state means a first start: there is no run anyone expected, so nothing to catch up.
  if (!due || Date.parse(due) > request.now.getTime()) return { skipped: 'nothing-missed' };
  // The missed run's own slot, however many were missed: one digest, and a channel that somehow got it already
  // (its lastSlot is at or after it) is not posted to again.
  return { slot: due };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' ? `${status} ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * One digest run: under the STATE_DIR lock (one process of several posts), re-read the state, post to each
 * channel that has not had this slot yet, and record each post as soon as it succeeded. A failed post is logged
 * with its channel and left unrecorded, so the next run retries it. `schedule` (when given) records the next
 * due run for start-up catch-up.
 */
export async function runDigest(
  ctx: DigestContext,
  request: DigestRequest,
  schedule?: DigestSchedule,
): Promise<DigestRunResult> {
  const started = performance.now();
  const lock = await tryAcquireLock(join(ctx.stateDir, DIGEST_LOCK_FILE), LOCK_STALE_MS);
  if (!lock) {
    ctx.log.info({ request: request.kind }, 'digest: another process holds the digest lock; not posting');
    return { slot: null, sent: [], failed: [], alreadySent: [], skipped: 'locked' };
  }
  try {
    const loaded = await loadDigestState(ctx.stateDir);
    let state = loaded.state;
    if (loaded.problem) {
      state = loaded.lastWritten ? await rebuildState(ctx, loaded.lastWritten, request, schedule) : state;
      ctx.log.warn(
        {
          problem: loaded.problem,
          announced: Object.keys(state.seen).length,
          missedSlot: state.schedule?.nextDue ?? null,
        },
        'digest: state file was unreadable; rebuilt from the corpus snapshot',
      );
    }
    const planned = slotFor(request, state);
    const result: DigestRunResult = { slot: null, sent: [], failed: [], alreadySent: [] };
    if ('skipped' in planned) result.skipped = planned.skipped;
    else {
      result.slot = planned.slot;
      state = await postToChannels(ctx, state, planned.slot, result);
    }
    if (schedule) {
      const { pattern, nextDue } = schedule;
      state = {
        ...state,
        schedule: nextDue ? { pattern, timezone: ctx.timezone, nextDue: nextDue.toISOString() } : undefined,
      };
    }
    await saveDigestState(ctx.stateDir, state);
    ctx.log.info(
      {
        request: request.kind,
        slot: result.slot,
        sent: result.sent.length,
        failed: result.failed.length,
        alreadySent: result.alreadySent.length,
        skipped: result.skipped,
        durationMs: Math.round(performance.now() - started),
      },
      'digest: run finished',
    );
    return result;
  } finally {
    await lock.release();
  }
}

async function postToChannels(ctx: DigestContext, initial: DigestState, slot: string, result: DigestRunResult) {
  let state = initial;
  const engine = ctx.engine();
  for (const channelId of ctx.channelIds) {
    const last = state.channels[channelId]?.lastSlot;
    if (last !== undefined && Date.parse(last) >= Date.parse(slot)) {
      result.alreadySent.push(channelId);
      continue;
    }
    const digest = composeDigest(engine, state, channelId, slot);
    const postStarted = performance.now();
    let sent: { messageId?: string };
    try {
      sent = await ctx.poster.post(
        channelId,
        digestMessage(digest, ctx.timezone, ctx.locale),
        digestNonce(channelId, slot),
      );
    } catch (error) {
      const reason = describeError(error);
      result.failed.push({ channelId, error: reason });
      const durationMs = Math.round(performance.now() - postStarted);
      ctx.log.error(
        { event: LogEvent.digestPostFailed, channelId, slot, err: reason, durationMs },
        'digest: post failed; will retry at the next run',
      );
      continue;
    }
    state = recordDigestSent(state, digest, engine.articles.keys(), {
      at: new Date().toISOString(),
      ...(sent.messageId ? { messageId: sent.messageId } : {}),
    });
    result.sent.push(channelId);
    const durationMs = Math.round(performance.now() - postStarted);
    ctx.log.info(
      { channelId, slot, kind: digest.kind, articles: digest.articles.length, durationMs },
      'digest: posted',
    );
    // Saved after every post, not once at the end: a crash mid-run must not re-post to the channels already done.
    // A save that fails ends the run rather than being reported as a failed post: Discord has this one.
    try {
      await saveDigestState(ctx.stateDir, state);
    } catch (error) {
      ctx.log.error(
        { event: LogEvent.digestStateWriteFailed, channelId, slot, err: describeError(error) },
        'digest: posted, but the state file could not be written',
      );
      throw error;
    }
  }
  return state;
}
