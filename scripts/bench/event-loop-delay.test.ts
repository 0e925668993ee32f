import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eventLoopDelayDuring } from './event-loop-delay';

function blockFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: this is the stall being measured
  }
}

describe('eventLoopDelayDuring', () => {
  it('sees a task that blocks the loop for 200 ms', async () => {
    const delay = await eventLoopDelayDuring(async () => {
      await sleep(30);
      blockFor(200);
    });
    expect(delay.maxMs).toBeGreaterThanOrEqual(150);
    expect(delay.p99Ms).toBeGreaterThanOrEqual(150);
  });

  it('stays low for a task that yields between 5 ms slices', async () => {
    const delay = await eventLoopDelayDuring(async () => {
      for (let i = 0; i < 20; i++) {
        blockFor(5);
        await sleep(1);
      }
    });
    expect(delay.p99Ms).toBeLessThan(100);
  });
});
