import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../src/bot/start-bot';
import { createLogger } from '../src/logging/logger';
import { interactionCallback, route } from './fake-discord';
import { ask } from './support/ask';
import { startBotHarness, TEST_TOKEN, type BotHarness } from './support/bot-harness';
import { loadEngine } from './support/engine';
import { commands } from '../commands';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness(await loadEngine());
});
afterAll(async () => {
  await h?.close();
});

describe('staying connected and answering through Discord trouble', () => {
  it('after the gateway closes with 1001 the bot resumes its session and still answers', async () => {
    const identify = await h.fake.waitForGateway((f) => f.op === 2);
    h.fake.closeGateway(1001);
    const resume = await h.fake.waitForGateway((f) => f.op === 6, 15_000);
    expect(resume.d.token).toBe(identify.d.token);
    expect(resume.d.session_id).toEqual(expect.any(String));
    // Resumed, not re-identified: the session (and any events Discord replays) carries on.
    expect(h.fake.gatewayFrames.filter((f) => f.op === 2)).toHaveLength(1);
    const { type, data } = await ask(h.fake, 'figure', [{ name: 'topic', value: 'troops' }]);
    expect(type).toBe(4);
    expect(data.embeds[0].title).toMatch(/^Figures for troops/);
  });

  it('an outage is logged as one line when the gateway drops and one, with the count and downtime, when it is back', async () => {
    const since = h.logs.lines().length;
    h.fake.dropGateway();
    // discord.js retries about every half second while every connection is closed on it.
    await expect
      .poll(
        () =>
          h.logs
            .lines()
            .slice(since)
            .filter((l) => l.msg === 'gateway reconnecting').length,
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(4);
    h.fake.restoreGateway();
    await expect
      .poll(
        () =>
          h.logs
            .lines()
            .slice(since)
            .find((l) => l.msg === 'gateway connection restored'),
        { timeout: 10_000 },
      )
      .toBeTruthy();

    const visible = h.logs
      .lines()
      .slice(since)
      .filter((l) => l.level >= 30 && /gateway/.test(l.msg));
    expect(visible.map((l) => [l.msg, l.event])).toEqual([
      ['gateway connection lost; reconnecting', 'gateway_lost'],
      ['gateway connection restored', 'gateway_restored'],
    ]);
    const restored = visible[1];
    expect(restored?.reconnects).toBeGreaterThanOrEqual(4);
    expect(restored?.downtimeMs).toBeGreaterThanOrEqual(1000);
    expect((await ask(h.fake, 'figure', [{ name: 'topic', value: 'troops' }])).type).toBe(4);
  }, 20_000);

  it('a 429 with retry-after on the reply is waited out and the reply is sent again', async () => {
    h.fake.failNext(interactionCallback(), {
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.8, global: false },
    });
    const { interaction } = await ask(h.fake, 'source', [{ name: 'name', value: 'kcna' }]);
    await expect
      .poll(() => h.fake.requests.filter(interactionCallback(interaction.id)).length, { timeout: 5000 })
      .toBe(2);
    const [limited, retried] = h.fake.requests.filter(interactionCallback(interaction.id));
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(204);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(retried?.body).toEqual(limited?.body);
    await expect
      .poll(() => h.logs.lines().find((l) => l.interactionId === interaction.id)?.outcome, { timeout: 5000 })
      .toBe('answered');
  });

  it('a rejected token fails start-up with an error (no hang, no token in the message)', async () => {
    h.fake.failNext(route('GET', '/gateway/bot'), { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const started = startBot(h.env, h.holder, createLogger({ level: 'silent' }), { commands });
    const error = await started.then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toContain(TEST_TOKEN);
  });
});
