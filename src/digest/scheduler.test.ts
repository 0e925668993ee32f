import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/env';
import type { DigestPoster } from './digest-run';
import { assertDigestSchedule, startDigestScheduler } from './scheduler';

const A = '111111111111111111';

describe('assertDigestSchedule', () => {
  it('names the variable that is wrong', () => {
    expect(() => assertDigestSchedule('every morning', 'Europe/Berlin')).toThrow(/DIGEST_CRON/);
    expect(() => assertDigestSchedule('0 8 * * 1-5', 'Europe/Atlantis')).toThrow(ConfigError);
    expect(() => assertDigestSchedule('0 8 * * 1-5', 'Europe/Atlantis')).toThrow(/DIGEST_TIMEZONE/);
    expect(() => assertDigestSchedule('0 8 * * 1-5', 'Europe/Berlin')).not.toThrow();
  });
});

describe('startDigestScheduler', () => {
  it('posts on every tick of a seconds schedule, never two runs at once', async () => {
    const slots: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let release: () => void = () => undefined;
    const poster: DigestPoster = {
      async post(_channel, message) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        slots.push(message.embeds?.[0]?.title ?? message.content ?? '');
        // The first post hangs until released, so the next tick finds a run in progress.
        if (slots.length === 1) await new Promise<void>((resolve) => (release = resolve));
        inFlight -= 1;
        return {};
      },
    };
    const scheduler = await startDigestScheduler({
      cron: '* * * * * *',
      timezone: 'UTC',
      catchUp: true,
      channelIds: [A],
      stateDir: await mkdtemp(join(tmpdir(), 'factdesk-sched-')),
      engine: () => ({ articles: new Map(), figureBoard: () => [], topicFigures: () => null, topSources: () => [] }),
      poster,
      log: pino({ level: 'silent' }),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2300));
      expect(await scheduler.runNow()).toBe('busy');
      release();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(maxInFlight).toBe(1);
      expect(slots.length).toBeGreaterThanOrEqual(2);
    } finally {
      await scheduler.stop();
    }
  });
});
