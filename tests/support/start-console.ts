import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NpmRun } from './npm-run';

const ROOT = resolve(import.meta.dirname, '../..');
/** tsx as a loader inside the one node process (its CLI would put a second process between the test and the console). */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface RunningConsole {
  /** The console process itself (not npm), so a test can signal it and write its input line by line. */
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when it exits; `status` is null when a signal ended it. */
  exited: Promise<NpmRun & { signal: NodeJS.Signals | null }>;
}

/**
 * `npm start` without a Discord token (the console), run as one node process so that signals reach it, and
 * startable from any folder. DATA_DIR, STATE_DIR and ENV_FILE come only from `env`, never from the test's own.
 */
export function startConsole(options: { cwd?: string; env?: Record<string, string> } = {}): RunningConsole {
  const { DATA_DIR: _data, STATE_DIR: _state, ENV_FILE: _file, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'src/main.ts')], {
    cwd: options.cwd ?? ROOT,
    // English unless a test asks otherwise: the assertions on console text are written in English.
    env: { ...inherited, DISCORD_TOKEN: '', DESK_LOCALE: 'en', ...options.env },
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
