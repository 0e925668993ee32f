import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_PID_FILE, readPidFile } from '../src/state/pid-file';
import { startFakeDiscord, type FakeDiscord } from './fake-discord';
import { groupAlive, killGroup, startBotProcess, type BotProcess } from './support/bot-process';
import { npmStartCommand } from './support/start-command';

let fake: FakeDiscord;
let running: BotProcess | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterEach(() => killGroup(running?.child.pid));
afterAll(async () => {
  await fake?.close();
});

const [program, ...programArgs] = npmStartCommand();
const ways = {
  'npm start': ['npm', ['start']],
  // What the Dockerfile and the systemd unit run: the start script's own command, without npm.
  'node directly': [program === 'node' ? process.execPath : (program ?? ''), programArgs],
} as const;

// Each way the bot is started, and who receives the signal: the process that was started (a container runtime, a
// service manager with KillMode=mixed, `kill <pid>`), or its whole process group (Ctrl-C in a terminal, KillMode=control-group).
const cases = [
  { way: 'npm start', to: 'process', signal: 'SIGTERM' },
  { way: 'npm start', to: 'group', signal: 'SIGTERM' },
  { way: 'npm start', to: 'group', signal: 'SIGINT' },
  { way: 'node directly', to: 'process', signal: 'SIGINT' },
] as const;

describe('a signal stops the bot gracefully however it was started', () => {
  it.each(cases)(
    '$way, $signal to the $to: shuts down, exits 0, leaves no process behind',
    async ({ way, to, signal }) => {
      const [command, args] = ways[way];
      running = await startBotProcess(fake, command, args);
      const bot = running;
      const pgid = bot.child.pid ?? 0;
      await bot.waitForLine((l) => l.msg === 'factdesk running');
      const botPid = await readPidFile(bot.stateDir);
      expect(botPid).not.toBeNull();

      process.kill(to === 'group' ? -pgid : pgid, signal);
      const exit = await bot.exited;

      expect(exit, bot.output()).toEqual({ code: 0, signal: null });
      expect(bot.lines.filter((l) => l.msg === 'shutting down').map((l) => l.signal)).toEqual([signal]);
      expect(bot.lines.find((l) => l.msg === 'bot stopped')?.destroyed).toBe(true);
      expect(existsSync(join(bot.stateDir, BOT_PID_FILE))).toBe(false);
      await expect.poll(() => groupAlive(pgid), { timeout: 2000, interval: 50 }).toBe(false);
      expect(() => process.kill(botPid ?? 0, 0)).toThrow();
    },
    40_000,
  );
});
