import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

export const BOT_PID_FILE = 'bot.pid';

/** Records the running bot's pid, so `npm run reload` can ask it to reload instead of guessing process names. */
export async function writePidFile(stateDir: string, pid = process.pid): Promise<string> {
  const path = join(stateDir, BOT_PID_FILE);
  await writeFileAtomic(path, `${pid}\n`);
  return path;
}

export async function removePidFile(stateDir: string, pid = process.pid): Promise<void> {
  // Only our own: a second bot started later may have written its pid over ours.
  if ((await readPidFile(stateDir)) === pid) await rm(join(stateDir, BOT_PID_FILE), { force: true });
}

/** The pid of a live bot using this STATE_DIR, or null when none runs (a stale pid file counts as none). */
export async function readPidFile(stateDir: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(join(stateDir, BOT_PID_FILE), 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
