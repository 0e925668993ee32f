import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionCallback, startFakeDiscord, type FakeDiscord } from './fake-discord';
import { TEST_TOKEN } from './support/bot-harness';
import { startBotProcess, type BotProcess, type LogLine } from './support/bot-process';

let fake: FakeDiscord;
let bot: BotProcess;

const logged = (match: (line: LogLine) => boolean) =>
  expect.poll(() => bot.lines.find(match), { timeout: 15_000, interval: 50 }).toBeTruthy();

beforeAll(async () => {
  fake = await startFakeDiscord();
  // The real entry point, as `npm start` runs it with a token: the wiring in src/main.ts is what is under test.
  bot = await startBotProcess(fake, process.execPath, [
    '--import',
    'tsx',
    '--import',
    './tests/support/stray-rejection.ts',
    'src/main.ts',
  ]);
  await bot.waitForLine((l) => l.msg === 'factdesk running', 20_000);
}, 30_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake?.close();
});

describe('the bot as a process', () => {
  it('logs an unhandled rejection and keeps running', async () => {
    bot.child.kill('SIGUSR2');
    await logged((l) => l.msg === 'unhandled promise rejection (ignored)' && l.event === 'unhandled_rejection');
    expect(bot.child.exitCode).toBeNull();
  });

  it('on SIGTERM finishes the reply in flight, takes no new interactions, and exits 0', async () => {
    const held = fake.holdNext(interactionCallback());
    const inFlight = fake.slashCommand('figure', [{ name: 'topic', value: 'troops' }]);
    await held.arrived;

    const exited = once(bot.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    bot.child.kill('SIGTERM');
    await logged((l) => l.msg === 'shutting down');
    const late = fake.slashCommand('source', [{ name: 'name', value: 'kcna' }]);
    await logged((l) => l.interactionId === late.id);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.child.exitCode).toBeNull(); // still waiting for the held reply
    const releasedAt = Date.now();
    held.release();
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now()).toBeGreaterThanOrEqual(releasedAt);

    expect(fake.requests.filter(interactionCallback(inFlight.id)).map((r) => r.status)).toEqual([204]);
    expect(bot.lines.find((l) => l.interactionId === inFlight.id && l.msg === 'interaction')?.outcome).toBe('answered');
    expect(fake.requests.filter(interactionCallback(late.id))).toHaveLength(0);
    expect(bot.lines.find((l) => l.interactionId === late.id)?.outcome).toBe('refused-shutting-down');
    expect(bot.lines.some((l) => l.msg === 'bot stopped')).toBe(true);
    expect(bot.output()).not.toContain(TEST_TOKEN);
  }, 30_000);
});
