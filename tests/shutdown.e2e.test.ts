import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionCallback, startFakeDiscord, type FakeDiscord } from './fake-discord';
import { TEST_TOKEN } from './support/bot-harness';

let fake: FakeDiscord;
let child: ChildProcess;
const lines: Array<Record<string, any>> = [];
let output = '';
let stateDir: string;

const logged = (match: (line: Record<string, any>) => boolean) =>
  expect.poll(() => lines.find(match), { timeout: 15_000, interval: 50 }).toBeTruthy();

beforeAll(async () => {
  fake = await startFakeDiscord();
  stateDir = await mkdtemp(join(tmpdir(), 'factdesk-shutdown-'));
  // The real entry point, as `npm start` runs it with a token: the wiring in src/main.ts is what is under test.
  child = spawn(process.execPath, ['--import', 'tsx', '--import', './tests/support/stray-rejection.ts', 'src/main.ts'], {
    env: {
      ...process.env,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.restUrl,
      DATA_DIR: 'data',
      STATE_DIR: stateDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += String(chunk);
    buffer += String(chunk);
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) if (part.trim().startsWith('{')) lines.push(JSON.parse(part) as Record<string, any>);
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
  await waitForLine((l) => l.msg === 'factdesk running', 20_000);
}, 30_000);

/** expect.poll only works inside a test; startup needs the same wait in beforeAll. */
async function waitForLine(match: (line: Record<string, any>) => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!lines.some(match)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`bot process did not log the line:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

describe('the bot as a process', () => {
  it('logs an unhandled rejection and keeps running', async () => {
    child.kill('SIGUSR2');
    await logged((l) => l.msg === 'unhandled promise rejection (ignored)' && l.event === 'unhandled_rejection');
    expect(child.exitCode).toBeNull();
  });

  it('on SIGTERM finishes the reply in flight, takes no new interactions, and exits 0', async () => {
    const held = fake.holdNext(interactionCallback());
    const inFlight = fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
    await held.arrived;

    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    child.kill('SIGTERM');
    await logged((l) => l.msg === 'shutting down');
    const late = fake.slashCommand('source', [{ name: 'name', value: 'kcna' }]);
    await logged((l) => l.interactionId === late.id);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(child.exitCode).toBeNull(); // still waiting for the held reply
    const releasedAt = Date.now();
    held.release();
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now()).toBeGreaterThanOrEqual(releasedAt);

    expect(fake.requests.filter(interactionCallback(inFlight.id)).map((r) => r.status)).toEqual([204]);
    expect(lines.find((l) => l.interactionId === inFlight.id && l.msg === 'interaction')?.outcome).toBe('answered');
    expect(fake.requests.filter(interactionCallback(late.id))).toHaveLength(0);
    expect(lines.find((l) => l.interactionId === late.id)?.outcome).toBe('refused-shutting-down');
    expect(lines.some((l) => l.msg === 'bot stopped')).toBe(true);
    expect(output).not.toContain(TEST_TOKEN);
  }, 30_000);
});
