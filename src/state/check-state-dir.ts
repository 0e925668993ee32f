import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Why the bot cannot keep its state in `stateDir`, or null when it can (the folder is created if missing). The
 * digest schedule, its lock, the pid file and the last good lexicon are all written there, and a bot that cannot
 * write them answers queries but never posts a digest, so this is checked before anything starts.
 */
export async function stateDirProblem(stateDir: string): Promise<string | null> {
  const existing = await stat(stateDir).catch(() => null);
  if (existing && !existing.isDirectory()) return `"${stateDir}" is a file, not a folder`;
  if (!existing) {
    try {
      await mkdir(stateDir, { recursive: true });
    } catch (error) {
      return `"${stateDir}" cannot be created (${errorReason(error)})`;
    }
  }
  // Only writing shows whether writing works: permissions, a read-only mount, a full disk.
  const probe = join(stateDir, `.write-check-${process.pid}`);
  try {
    await (await open(probe, 'wx')).close();
    await rm(probe);
  } catch (error) {
    return `"${stateDir}" is not writable (${errorReason(error)})`;
  }
  return null;
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  return code ?? String(error);
}
