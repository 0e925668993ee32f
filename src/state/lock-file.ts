import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const LockOwnerSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  at: z.string(),
  /** Names one holding; locks written before tokens existed have none. */
  token: z.string().optional(),
});
type LockOwner = z.infer<typeof LockOwnerSchema>;

export interface HeldLock {
  release(): Promise<void>;
}

/**
 * Tokens of the lock files this process holds right now. A file that names this process with any other token was
 * left behind by it (its removal failed, e.g. while STATE_DIR was unusable) and must not block its next runs.
 */
const heldHere = new Set<string>();

/** How many breakers of breakers a takeover may go through before giving up: each level needs another crash. */
const MAX_BREAK_DEPTH = 3;

interface LockFileSeen {
  owner: LockOwner | null;
  /** What tells this holding from a later one at the same path: its token, or for a token-less file its inode. */
  identity: string;
  mtimeMs: number;
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

/** The lock file as one open file (content and inode from the same handle), or null when there is none. */
async function readLockFile(path: string): Promise<LockFileSeen | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const stat = await handle.stat();
    const text = await handle.readFile('utf8');
    let owner: LockOwner | null = null;
    try {
      const parsed = LockOwnerSchema.safeParse(JSON.parse(text));
      if (parsed.success) owner = parsed.data;
    } catch {
      // Not ours to understand: judged by age alone.
    }
    return { owner, identity: owner?.token ?? `inode-${stat.ino}-${Math.round(stat.mtimeMs)}`, mtimeMs: stat.mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * A lock left by a process that died (crash, kill -9) must not stop digests forever: it is stale when its owner
 * on this host is gone (or is this process, which no longer holds it), or when it is older than `staleMs` (an
 * owner on another host, or a hung one).
 */
function isStale(lock: LockFileSeen, staleMs: number, now: number): boolean {
  const owner = lock.owner;
  if (owner && owner.host === hostname()) {
    if (owner.pid === process.pid) return owner.token === undefined || !heldHere.has(owner.token);
    if (!isAlive(owner.pid)) return true;
  }
  return now - lock.mtimeMs > staleMs;
}

/**
 * Creates the lock file whole or not at all: the content is written to a private file first and then hard-linked
 * to the lock's name, which fails if the name exists. No reader ever sees an empty or half-written lock.
 */
async function placeLockFile(path: string, token: string): Promise<boolean> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString(), token };
  const draft = `${path}.${token}.tmp`;
  await writeFile(draft, JSON.stringify(owner), { flag: 'wx' });
  // Counted as held before the name appears, so that a concurrent attempt in this process never mistakes it
  // for a leftover of its own.
  heldHere.add(token);
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    heldHere.delete(token);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}

async function removeLockFile(path: string, token: string): Promise<void> {
  try {
    // Only our own: a hung holder whose lock was taken over must not remove its successor's.
    if ((await readLockFile(path))?.identity === token) await rm(path, { force: true });
  } finally {
    heldHere.delete(token);
  }
}

/**
 * Takes the lock at `path`, breaking a stale one. Breaking is itself locked, on a name derived from the stale
 * holding: of several processes that found the same stale lock, only the one that takes its breaker removes it
 * (after checking it is still that same holding); everyone else finds the breaker taken, or a new holding in
 * the stale one's place, and backs off. A breaker left by a process that died while breaking is stale in turn.
 */
async function claim(path: string, staleMs: number, depth: number): Promise<string | null> {
  const token = randomBytes(12).toString('hex');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await placeLockFile(path, token)) return token;
    const seen = await readLockFile(path);
    if (seen === null) continue; // released in between: try again
    if (!isStale(seen, staleMs, Date.now()) || depth >= MAX_BREAK_DEPTH) return null;
    const breakerPath = `${path}.break-${seen.identity}`;
    const breaker = await claim(breakerPath, staleMs, depth + 1);
    if (breaker === null) return null;
    try {
      if ((await readLockFile(path))?.identity === seen.identity) await rm(path, { force: true });
    } finally {
      await removeLockFile(breakerPath, breaker);
    }
  }
  return null;
}

/**
 * Takes an exclusive lock file, so that of several processes or shards sharing STATE_DIR only one does the work.
 * Returns null when another live process holds it.
 */
export async function tryAcquireLock(path: string, staleMs: number): Promise<HeldLock | null> {
  await mkdir(dirname(path), { recursive: true });
  const token = await claim(path, staleMs, 0);
  if (token === null) return null;
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await removeLockFile(path, token);
    },
  };
}
