import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../fake-discord';
import { TEST_TOKEN } from './bot-harness';

export type LogLine = Record<string, any>;

/** The bot as an operator runs it: a real process (npm start, or node directly) logged in to the fake Discord. */
export interface BotProcess {
  child: ChildProcess;
  stateDir: string;
  lines: LogLine[];
  /** Everything the process wrote, stdout and stderr, for failure messages. */
  output(): string;
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `command args` in a process group of its own, so a test can signal the whole group the way a terminal's
 * Ctrl-C or a service manager does, and afterwards check that nothing in the group survived.
 */
export async function startBotProcess(
  fake: FakeDiscord,
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<BotProcess> {
  const stateDir = await mkdtemp(join(tmpdir(), 'factdesk-process-'));
  const child = spawn(command, args, {
    detached: true,
    env: {
      ...process.env,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.restUrl,
      DATA_DIR: 'data',
      STATE_DIR: stateDir,
      LOG_LEVEL: 'info',
      // Digests, audit posts and reports in English unless a test asks for German.
      DESK_LOCALE: 'en',
      npm_config_loglevel: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const lines: LogLine[] = [];
  let text = '';
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += String(chunk);
    buffer += String(chunk);
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) if (part.trim().startsWith('{')) lines.push(JSON.parse(part) as LogLine);
  });
  child.stderr?.on('data', (chunk: Buffer) => (text += String(chunk)));
  let exitedYet = false;
  void exited.then(() => (exitedYet = true));
  return {
    child,
    stateDir,
    lines,
    output: () => text,
    exited,
    async waitForLine(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = lines.find(match);
        if (line) return line;
        if (Date.now() > deadline || exitedYet) throw new Error(`bot process did not log the line:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Whether any process is left in the group `pgid` (signal 0 only checks). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Test clean-up: whatever is left of the group is killed. */
export function killGroup(pgid: number | undefined): void {
  if (pgid === undefined) return;
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}
