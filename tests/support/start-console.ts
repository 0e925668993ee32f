import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { NpmRun } from './npm-run';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningConsole {
  /** The console process itself (not npm), so a test can signal it and write its input line by line. */
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when it exits; `status` is null when a signal ended it. */
  exited: Promise<NpmRun & { signal: NodeJS.Signals | null }>;
}

/**
 * `npm start` without a Discord token (the console), run through tsx directly so that signals reach it and it can
 * be started from any folder. DATA_DIR, STATE_DIR and ENV_FILE come only from `env`, never from the test's own.
 */
export function startConsole(options: { cwd?: string; env?: Record<string, string> } = {}): RunningConsole {
  const { DATA_DIR: _data, STATE_DIR: _state, ENV_FILE: _file, ...inherited } = process.env;
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/main.ts')], {
    cwd: options.cwd ?? ROOT,
    env: { ...inherited, DISCORD_TOKEN: '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<NpmRun & { signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (status, signal) => done({ status, signal, stdout, stderr })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
