import { hostname } from 'node:os';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const LockOwnerSchema = z.object({ pid: z.number().int(), host: z.string(), at: z.string() });
type LockOwner = z.infer<typeof LockOwnerSchema>;

export interface HeldLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = LockOwnerSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A lock left by a process that died (crash, kill -9) must not stop digests forever: it is stale when its owner
 * on this host is gone, or when it is older than `staleMs` (an owner on another host, or a hung one).
 */
async function isStale(path: string, staleMs: number, now: number): Promise<boolean> {
  const owner = await readOwner(path);
  if (owner && owner.host === hostname() && !isAlive(owner.pid)) return true;
  try {
    return now - (await stat(path)).mtimeMs > staleMs;
  } catch {
    return true;
  }
}

async function createExclusive(path: string): Promise<boolean> {
  try {
    // 'wx' is O_CREAT|O_EXCL: exactly one process can create the file, on every platform Node supports.
    const handle = await open(path, 'wx');
    const owner: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes an exclusive lock file, so that of several processes or shards sharing STATE_DIR only one does the work.
 * Returns null when another live process holds it.
 */
export async function tryAcquireLock(path: string, staleMs: number): Promise<HeldLock | null> {
  await mkdir(dirname(path), { recursive: true });
  let acquired = await createExclusive(path);
  if (!acquired && (await isStale(path, staleMs, Date.now()))) {
    await rm(path, { force: true });
    acquired = await createExclusive(path);
  }
  if (!acquired) return null;
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await rm(path, { force: true });
    },
  };
}
