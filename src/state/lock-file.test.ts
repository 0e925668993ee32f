import { spawnSync } from 'node:child_process';
import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tryAcquireLock } from './lock-file';

let lockPath: string;
beforeEach(async () => {
  lockPath = join(await mkdtemp(join(tmpdir(), 'factdesk-lock-')), 'digest.lock');
});

describe('tryAcquireLock', () => {
  it('lets only one holder in until it releases', async () => {
    const first = await tryAcquireLock(lockPath, 60_000);
    expect(first).not.toBeNull();
    expect(await tryAcquireLock(lockPath, 60_000)).toBeNull();
    await first?.release();
    const again = await tryAcquireLock(lockPath, 60_000);
    expect(again).not.toBeNull();
    await again?.release();
  });

  it('of many simultaneous attempts, exactly one wins', async () => {
    const attempts = await Promise.all(Array.from({ length: 8 }, () => tryAcquireLock(lockPath, 60_000)));
    expect(attempts.filter((a) => a !== null)).toHaveLength(1);
  });

  it('breaks a lock whose owner process has died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    await writeFile(lockPath, JSON.stringify({ pid: dead, host: hostname(), at: new Date().toISOString() }));
    expect(await tryAcquireLock(lockPath, 60_000)).not.toBeNull();
  });

  it('breaks a lock older than the stale limit, but not a fresh one held by a live process', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, host: 'other-host', at: '' }));
    expect(await tryAcquireLock(lockPath, 60_000)).toBeNull();
    const old = new Date(Date.now() - 120_000);
    await utimes(lockPath, old, old);
    expect(await tryAcquireLock(lockPath, 60_000)).not.toBeNull();
  });
});
