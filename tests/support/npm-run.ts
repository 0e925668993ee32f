import { spawn } from 'node:child_process';

export interface NpmRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an npm script as a user would (`npm run digest -- --dry-run`), in console mode (no Discord token) on the
 * bundled corpus unless `env` says otherwise. Async, so a test file's runs do not block the worker.
 */
export function npmRun(args: string[], env: Record<string, string> = {}): Promise<NpmRun> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['--silent', 'run', ...args], {
      // English unless a test asks otherwise: the assertions on console text are written in English.
      env: {
        ...process.env,
        DISCORD_TOKEN: '',
        DATA_DIR: 'data',
        DESK_LOCALE: 'en',
        npm_config_loglevel: 'silent',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
