import type { Dirent, Stats } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { sep } from 'node:path';

export type ResolvedInDataDir =
  | { ok: true; realPath: string }
  /** `missing`: nothing at all is there (not even a link), which some callers allow. */
  | { ok: false; reason: string; missing: boolean };

/**
 * Where a path in the data folder really leads, once every link is followed. The desk's folder is all the bot may
 * read: a link to anything outside it (`/etc/passwd`, another desk's files) is refused with its target named, so
 * whoever placed it sees it in the report, and a link to nothing is called that rather than a file that vanished.
 */
export async function resolveInDataDir(dataDir: string, path: string): Promise<ResolvedInDataDir> {
  let root: string;
  let real: string;
  try {
    root = await realpath(dataDir);
    real = await realpath(path);
  } catch (error) {
    return { ok: false, ...(await unresolvedReason(path, error)) };
  }
  if (real !== root && !real.startsWith(root + sep)) {
    const reason = `is a link to ${real}, outside DATA_DIR; only files inside the data folder are read`;
    return { ok: false, reason, missing: false };
  }
  return { ok: true, realPath: real };
}

async function unresolvedReason(path: string, error: unknown): Promise<{ reason: string; missing: boolean }> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { reason: 'is a link that leads back to itself', missing: false };
  if (code !== 'ENOENT') return { reason: `cannot be read (${code ?? String(error)})`, missing: false };
  const target = await lstat(path).then(
    (stats) => (stats.isSymbolicLink() ? readlink(path) : null),
    () => null,
  );
  return target === null
    ? { reason: 'is missing', missing: true }
    : { reason: `is a link to ${target}, which does not exist`, missing: false };
}

export const IS_A_FOLDER = 'is a folder, not a file';

/** Why what is at a path in the data folder is not a file to read, or null when it is one. */
export function notAFileReason(entry: Dirent | Stats): string | null {
  if (entry.isFile()) return null;
  if (entry.isDirectory()) return IS_A_FOLDER;
  return 'is not a regular file (a device, pipe or socket); only files are read';
}
