import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

export const LoopDelaySchema = z.object({
  p99Ms: z.number().nonnegative(),
  maxMs: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
});
export type LoopDelay = z.infer<typeof LoopDelaySchema>;

const RESOLUTION_MS = 10;

/**
 * How long the event loop was blocked while `task` ran: the bot must keep answering (and Discord's 3-second
 * interaction deadline must hold) during a reload, so a reload that hogs the loop is a user-visible stall.
 */
export async function eventLoopDelayDuring(task: () => Promise<unknown>): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const started = performance.now();
  await task();
  const durationMs = performance.now() - started;
  // Let the monitor's timer fire once more: a task that blocked until its very end is only recorded late.
  await sleep(RESOLUTION_MS * 3);
  histogram.disable();
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  return { p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max), durationMs: Math.round(durationMs) };
}
