import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../src/config/env';
import { EngineHolder } from '../src/engine/holder';
import { createLogger } from '../src/logging/logger';
import { startOperations } from '../src/ops/operations';
import { interactionCallback, route, startFakeDiscord, type FakeDiscord, type HeldRequest } from './fake-discord';
import { killGroup, startBotProcess, type BotProcess } from './support/bot-process';
import { sendCommand } from './desk-bot';
import { ask } from './support/ask';
import { loadEngine } from './support/engine';
import { parsePrometheusText, sampleValue } from './support/prometheus-text';
import { npmStartCommand } from './support/start-command';

async function get(base: string, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return {
    status: response.status,
    body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

describe('the health endpoints on their own', () => {
  it('are off unless HTTP_PORT is set', async () => {
    const ops = await startOperations(parseEnv({}), createLogger({ level: 'silent' }));
    expect(ops.http).toBeNull();
    await ops.stop();
  });

  it('answer alive at once, and not ready with the reason until the corpus is built and the gateway is up', async () => {
    const engine = await loadEngine();
    const ops = await startOperations(parseEnv({ HTTP_PORT: '0' }), createLogger({ level: 'silent' }));
    const base = `http://127.0.0.1:${ops.http?.port}`;
    try {
      expect(ops.http?.host).toBe('127.0.0.1');
      expect(await get(base, '/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
      expect(await get(base, '/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', reason: 'corpus is being built' },
      });
      ops.corpusBuilt(new EngineHolder(engine), 1);
      expect((await get(base, '/readyz')).body.reason).toBe('not connected to the Discord gateway yet');
      ops.gateway({ status: 'up' });
      expect(await get(base, '/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
      ops.stopping();
      expect(await get(base, '/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', reason: 'shutting down' },
      });
      expect((await get(base, '/nothing-here')).status).toBe(404);
      expect((await fetch(`${base}/readyz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await ops.stop();
    }
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('the running bot over HTTP', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let base: string;
  let heldGateway: HeldRequest;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    // The bot asks for the gateway address first: holding that answer keeps it between "corpus built" and "connected".
    heldGateway = fake.holdNext(route('GET', '/gateway/bot'));
    const [program, ...args] = npmStartCommand();
    bot = await startBotProcess(fake, program === 'node' ? process.execPath : (program ?? ''), args, {
      HTTP_PORT: '0',
      DIGEST_CHANNEL_IDS: fake.channelId,
      // Never due while the test runs: the only digest posts are the ones it asks for.
      DIGEST_CRON: '0 0 1 1 *',
      DIGEST_TIMEZONE: 'UTC',
    });
    const listening = await bot.waitForLine((l) => l.msg === 'http server listening');
    expect(listening.host).toBe('127.0.0.1');
    base = `http://127.0.0.1:${listening.port}`;
  }, 30_000);

  afterAll(async () => {
    killGroup(bot?.child.pid);
    await fake?.close();
  });

  it('is alive but not ready while it has no gateway session, ready once it has', async () => {
    await heldGateway.arrived;
    // The bot connects while the corpus builds: not ready for that reason first, then for the gateway alone.
    await bot.waitForLine((l) => l.msg === 'corpus loaded');
    expect((await get(base, '/healthz')).status).toBe(200);
    expect(await get(base, '/readyz')).toEqual({
      status: 503,
      body: { status: 'not ready', reason: 'not connected to the Discord gateway yet' },
    });
    heldGateway.release();
    await bot.waitForLine((l) => l.msg === 'factdesk running');
    expect(await get(base, '/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('/metrics is Prometheus text counting what the bot did: commands, digest posts, reloads, corpus, process', async () => {
    const metrics = async () => {
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return parsePrometheusText(await response.text());
    };
    const before = await metrics();
    const figure = { kind: 'command', command: 'figure', outcome: 'answered' };
    expect(sampleValue(before, 'factdesk_interactions_total', figure)).toBeUndefined();
    expect(sampleValue(before, 'factdesk_gateway_up')).toBe(1);
    const loaded = bot.lines.find((l) => l.msg === 'corpus loaded');
    expect(sampleValue(before, 'factdesk_corpus_articles')).toBe(loaded?.articles);
    expect(sampleValue(before, 'factdesk_corpus_figures')).toBe(loaded?.figures);
    expect(sampleValue(before, 'factdesk_corpus_sources')).toBeGreaterThan(0);
    expect(sampleValue(before, 'factdesk_corpus_build_in_progress', { phase: 'start-up' })).toBe(0);
    expect(sampleValue(before, 'factdesk_corpus_build_duration_seconds', { phase: 'start-up' })).toBeGreaterThan(0);
    expect(sampleValue(before, 'factdesk_corpus_build_articles', { phase: 'start-up' })).toBe(loaded?.articles);
    expect(sampleValue(before, 'factdesk_corpus_build_articles_total', { phase: 'start-up' })).toBe(loaded?.articles);
    expect(sampleValue(before, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(before, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);

    expect((await ask(fake, 'figure', [{ name: 'topic', value: 'troops' }])).type).toBe(4);
    await fake.waitForRequest(
      interactionCallback(sendCommand(fake, 'digest', { subcommand: 'now', moderator: true }).id),
    );
    await bot.waitForLine((l) => l.msg === 'digest: posted');
    fake.failNext(route('POST', `/channels/${fake.channelId}/messages`), {
      status: 403,
      body: { message: 'Missing Permissions', code: 50013 },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the next manual digest is for a later slot
    sendCommand(fake, 'digest', { subcommand: 'now', moderator: true });
    await bot.waitForLine((l) => l.msg?.startsWith('digest: post failed'));
    bot.child.kill('SIGHUP');
    await bot.waitForLine((l) => l.msg === 'reload');
    // The reply is sent before the log line and the counter that follow it.
    await expect
      .poll(async () => sampleValue(await metrics(), 'factdesk_interactions_total', figure), { timeout: 5000 })
      .toBe(1);

    const after = await metrics();
    expect(sampleValue(after, 'factdesk_answer_latency_seconds_count', { kind: 'command', command: 'figure' })).toBe(1);
    expect(sampleValue(after, 'factdesk_answer_latency_seconds_bucket', { command: 'figure', le: '+Inf' })).toBe(1);
    expect(sampleValue(after, 'factdesk_digest_posts_total', { result: 'sent' })).toBe(1);
    expect(sampleValue(after, 'factdesk_digest_posts_total', { result: 'failed' })).toBe(1);
    expect(sampleValue(after, 'factdesk_reloads_total', { outcome: 'reloaded' })).toBe(1);
    expect(sampleValue(after, 'factdesk_last_reload_outcome', { outcome: 'reloaded' })).toBe(1);
    expect(sampleValue(after, 'factdesk_last_reload_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(sampleValue(after, 'factdesk_corpus_build_in_progress', { phase: 'reload' })).toBe(0);
    expect(sampleValue(after, 'factdesk_corpus_build_articles', { phase: 'reload' })).toBe(loaded?.articles);
    expect(sampleValue(after, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
  }, 20_000);

  it('logs how long start-up, the reload and the digest took, and names every error line', () => {
    const line = (msg: string) => bot.lines.find((l) => l.msg === msg);
    for (const msg of ['corpus loaded', 'bot ready', 'reload', 'digest: posted', 'digest: run finished']) {
      expect(line(msg)?.durationMs, msg).toEqual(expect.any(Number));
    }
    expect(line('factdesk running')?.startupMs).toBeGreaterThanOrEqual(line('corpus loaded')?.durationMs ?? 0);
    const errors = bot.lines.filter((l) => l.level >= 50);
    expect(errors.map((l) => l.event)).toEqual(['digest_post_failed']);
    expect(errors[0]?.durationMs).toEqual(expect.any(Number));
  }, 20_000);

  it('is not ready while the gateway is down, and ready again once the session is resumed', async () => {
    fake.dropGateway();
    await expect.poll(async () => (await get(base, '/readyz')).status, { timeout: 5000, interval: 50 }).toBe(503);
    expect((await get(base, '/readyz')).body.reason).toMatch(/gateway connection lost/);
    expect((await get(base, '/healthz')).status).toBe(200);
    expect(await fetch(`${base}/metrics`).then((r) => r.text())).toMatch(/^factdesk_gateway_up 0$/m);
    fake.restoreGateway();
    await expect.poll(async () => (await get(base, '/readyz')).status, { timeout: 10_000, interval: 50 }).toBe(200);
  }, 20_000);

  it('says not ready while shutting down, and the endpoint goes away with the process', async () => {
    const held = fake.holdNext(route('POST', /^\/interactions\//));
    fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
    await held.arrived;
    bot.child.kill('SIGTERM');
    await bot.waitForLine((l) => l.msg === 'shutting down');
    expect(await get(base, '/readyz')).toEqual({ status: 503, body: { status: 'not ready', reason: 'shutting down' } });
    held.release();
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 20_000);
});
