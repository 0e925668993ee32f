import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../support/start-console';

/** The console as `npm start` runs it, but started from `cwd`, as an operator's shell might be. */
function startFrom(cwd: string, env: Record<string, string>) {
  const running = startConsole({ cwd, env });
  running.child.stdin.end('/figure troops\n');
  return running.exited;
}

// Each run points DATA_DIR at a folder that does not exist, so which setting won shows in the one error line
// without loading a corpus.
describe('which .env is read', { timeout: 60_000 }, () => {
  it("ignores a .env in the working directory: it is some other folder's, not the project's", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'factdesk-elsewhere-'));
    await writeFile(join(elsewhere, '.env'), 'DATA_DIR=/nonexistent/from-another-folder\n');
    const run = await startFrom(elsewhere, {});
    expect(run.stderr).not.toContain('settings read from');
    expect(run.stderr).not.toContain('from-another-folder');
    expect(run.stderr).toContain('no usable corpus in data');
  });

  it('reads the file ENV_FILE names, and says which file it read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-env-file-'));
    const file = join(dir, 'desk.env');
    await writeFile(file, `# the desk's settings\nDATA_DIR=/nonexistent/named-by-env-file\nLOG_LEVEL="warn" # quiet\n`);
    const run = await startFrom(dir, { ENV_FILE: file });
    expect(run.stderr).toContain(`settings read from ${file}`);
    expect(run.stderr).toContain('no usable corpus in /nonexistent/named-by-env-file');
  });

  it('stops, naming the file and line, when a line would swallow the next key (not the console in its place)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-env-bad-'));
    const file = join(dir, 'desk.env');
    await writeFile(
      file,
      `LOG_LEVEL="info\nDISCORD_TOKEN=MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0NA.GfAkEt.not-a-real-token\nDATA_DIR=/nonexistent/data\n`,
    );
    const run = await startFrom(dir, { ENV_FILE: file });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${file}: line 1: the value of LOG_LEVEL opens a quote that does not close on that line`,
    );
    expect(run.stdout).toBe('');

    const missing = await startFrom(dir, { ENV_FILE: join(dir, 'missing.env') });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`ENV_FILE: ${join(dir, 'missing.env')}: no such file`);
  });
});
