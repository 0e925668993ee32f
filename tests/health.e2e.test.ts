import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../src/config/env';
import { createLogger } from '../src/logging/logger';
import { startOperations } from '../src/ops/operations';
import { route, startFakeDiscord, type FakeDiscord, type HeldRequest } from './fake-discord';
import { killGroup, startBotProcess, type BotProcess } from './support/bot-process';
import { npmStartCommand } from './support/start-command';

async function get(base: string, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

describe('the health endpoints on their own', () => {
  it('are off unless HTTP_PORT is set', async () => {
    const ops = await startOperations(parseEnv({}), createLogger({ level: 'silent' }));
    expect(ops.http).toBeNull();
    await ops.stop();
  });

  it('answer alive at once, and not ready with the reason until the corpus is built and the gateway is up', async () => {
    const ops = await startOperations(parseEnv({ HTTP_PORT: '0' }), createLogger({ level: 'silent' }));
    const base = `http://127.0.0.1:${ops.http?.port}`;
    try {
      expect(ops.http?.host).toBe('127.0.0.1');
      expect(await get(base, '/healthz')).toEqual({ status: 200, body: { status: 'alive' } });
      expect(await get(base, '/readyz')).toEqual({ status: 503, body: { status: 'not ready', reason: 'corpus is being built' } });
      ops.corpusBuilt();
      expect((await get(base, '/readyz')).body.reason).toBe('not connected to the Discord gateway yet');
      ops.gateway({ status: 'up' });
      expect(await get(base, '/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
      ops.stopping();
      expect(await get(base, '/readyz')).toEqual({ status: 503, body: { status: 'not ready', reason: 'shutting down' } });
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
    bot = await startBotProcess(fake, program === 'node' ? process.execPath : (program ?? ''), args, { HTTP_PORT: '0' });
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
    expect((await get(base, '/healthz')).status).toBe(200);
    expect(await get(base, '/readyz')).toEqual({ status: 503, body: { status: 'not ready', reason: 'not connected to the Discord gateway yet' } });
    heldGateway.release();
    await bot.waitForLine((l) => l.msg === 'factdesk running');
    expect(await get(base, '/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('is not ready while the gateway is down, and ready again once the session is resumed', async () => {
    fake.dropGateway();
    await expect.poll(async () => (await get(base, '/readyz')).status, { timeout: 5000, interval: 50 }).toBe(503);
    expect((await get(base, '/readyz')).body.reason).toMatch(/gateway connection lost/);
    expect((await get(base, '/healthz')).status).toBe(200);
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
