import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfData } from '../desk-bot';
import { startConsole } from '../support/start-console';

describe('SIGHUP to the console', { timeout: 60_000 }, () => {
  it('reloads the data folder and answers every line of input, those queued meanwhile included', async () => {
    const dataDir = await copyOfData();
    const running = startConsole({ env: { DATA_DIR: dataDir } });
    running.child.stdin.write('/figure troops\n');
    await expect.poll(running.stdout, { timeout: 30_000 }).toMatch(/Figures for troops/);

    await writeFile(
      join(dataDir, 'articles', '010_neu.txt'),
      'Neue Meldung aus Kiew\n\nRund 500 Soldaten wurden verlegt.\n',
    );
    running.child.kill('SIGHUP');
    running.child.stdin.write('/source kcna\n');
    const ended = running.exited.then((r) =>
      Promise.reject(new Error(`the console ended (${r.signal ?? r.status}) instead of reloading`)),
    );
    await Promise.race([
      expect.poll(running.stderr, { timeout: 30_000 }).toMatch(/Reloaded in [\d.]+ s: 6 articles in service/),
      ended,
    ]);
    running.child.stdin.end('/article 010_neu\n');

    const run = await running.exited;
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Sources for kcna/);
    expect(run.stdout).toContain('Neue Meldung aus Kiew');
  });
});
