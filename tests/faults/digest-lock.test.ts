import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const RACERS = 8;
const ROUNDS = 6;
const PERIOD_MS = 150;

/** The racer as one plain script (esbuild comes with tsx), so eight processes start in a fraction of a second each. */
async function bundleRacer(dir: string): Promise<string> {
  const outfile = join(dir, 'lock-racer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'lock-racer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

function startRacer(script: string, dir: string) {
  const child = spawn(process.execPath, [script, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const said = (word: string) =>
    new Promise<void>((resolve) => {
      const check = () => (out.includes(`${word}\n`) ? resolve() : child.stdout.once('data', check));
      check();
    });
  return { child, said, output: () => out };
}

describe('the digest lock, taken over from a dead holder by racing processes', { timeout: 30_000 }, () => {
  it(`has exactly one holder in each of ${ROUNDS} rounds of ${RACERS} processes breaking the same stale lock`, async () => {
    const script = await bundleRacer(await mkdtemp(join(tmpdir(), 'factdesk-lock-racer-')));
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-lock-race-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    for (let round = 0; round < ROUNDS; round += 1) {
      await writeFile(
        join(dir, `round-${round}.lock`),
        JSON.stringify({ pid: dead, host: hostname(), at: new Date().toISOString() }),
      );
    }
    const racers = Array.from({ length: RACERS }, () => startRacer(script, dir));
    await Promise.all(racers.map((r) => r.said('ready')));
    const startAt = Date.now() + 200;
    for (const r of racers) r.child.stdin.write(`go ${startAt} ${ROUNDS} ${PERIOD_MS}\n`);
    await Promise.all(racers.map((r) => r.said('finished')));
    const exited = racers.map((r) => once(r.child, 'exit'));
    for (const r of racers) r.child.stdin.end();
    await Promise.all(exited);

    const winners = Array.from(
      { length: ROUNDS },
      (_, round) => racers.filter((r) => r.output().includes(`won ${round}\n`)).length,
    );
    expect(winners).toEqual(Array.from({ length: ROUNDS }, () => 1));
    // Nothing but the locks is left behind: no drafts, no breakers.
    expect((await readdir(dir)).sort()).toEqual(
      Array.from({ length: ROUNDS }, (_, round) => `round-${round}.lock`).sort(),
    );
  });
});
