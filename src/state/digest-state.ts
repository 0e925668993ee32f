import { rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from './atomic-file';

const Instant = z.iso.datetime({ offset: true });

/** The last digest really sent to one channel. */
const ChannelDigestSchema = z.object({
  /** The scheduled time the digest was for; a run for the same or an earlier slot posts nothing. */
  lastSlot: Instant,
  sentAt: Instant,
  messageId: z.string().optional(),
});

const DigestStateSchema = z.object({
  version: z.literal(1),
  /** The next run as computed by the last running process; a start-up after it means a run was missed. */
  schedule: z.object({ pattern: z.string(), timezone: z.string(), nextDue: Instant }).optional(),
  /**
   * Article id → slot of the first digest sent after the article appeared. A channel's new articles are those
   * first seen after its own last slot, so a channel whose post failed still gets them at the next run.
   */
  seen: z.record(z.string(), Instant),
  channels: z.record(z.string(), ChannelDigestSchema),
});
export type DigestState = z.infer<typeof DigestStateSchema>;

export const DIGEST_STATE_FILE = 'digest-state.json';

export function emptyDigestState(): DigestState {
  return { version: 1, seen: {}, channels: {} };
}

export interface LoadedDigestState {
  state: DigestState;
  /** Set when the file was unreadable; it was moved aside and the digest starts afresh. */
  problem?: string;
  /** When the unreadable file was last written, where that could still be read. */
  lastWritten?: Date;
}

/** Reads the state without touching the file: for previews, which must not move or repair anything. */
export async function readDigestState(stateDir: string): Promise<LoadedDigestState> {
  const read = await readJsonFile(join(stateDir, DIGEST_STATE_FILE), DigestStateSchema);
  if (read.kind === 'ok') return { state: read.value };
  if (read.kind === 'missing') return { state: emptyDigestState() };
  return { state: emptyDigestState(), problem: read.problem };
}

/** Reads the state for a run. A corrupt file is moved aside (reported, not fatal) before the run writes a new one. */
export async function loadDigestState(stateDir: string): Promise<LoadedDigestState> {
  const loaded = await readDigestState(stateDir);
  if (!loaded.problem) return loaded;
  // Kept aside rather than overwritten, so an operator can see what went wrong and restore it by hand.
  const path = join(stateDir, DIGEST_STATE_FILE);
  const written = await stat(path).then(
    (info) => info.mtime,
    () => undefined,
  );
  const aside = `${path}.corrupt-${Date.now()}`;
  await rename(path, aside).catch(() => undefined);
  return {
    state: loaded.state,
    problem: `${loaded.problem} (moved to ${aside})`,
    ...(written ? { lastWritten: written } : {}),
  };
}

export async function saveDigestState(stateDir: string, state: DigestState): Promise<void> {
  await writeFileAtomic(join(stateDir, DIGEST_STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
}
