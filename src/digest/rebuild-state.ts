import type { DigestState } from '../state/digest-state';

/** What is still known when the digest state file is unreadable. */
export interface DigestStateClues {
  /** When the unreadable file was last written: at the end of the last run, or the last start-up. */
  lastWritten: Date;
  /** Articles in service at the last start-up or reload (STATE_DIR/corpus-snapshot.json); null when unknown. */
  announcedArticleIds: readonly string[] | null;
  channelIds: readonly string[];
  /** The latest scheduled run after `lastWritten` that no process made; null when none was due. */
  missedSlot: Date | null;
  pattern: string;
  timezone: string;
}

/**
 * Pure: a digest state rebuilt from clues instead of an empty one, which would announce every article again as a
 * first digest and forget the run that was missed. The articles of the last corpus snapshot count as announced
 * and every channel as served when the file was last written; articles added since then are new. A missed run
 * becomes the run due, so start-up catches it up once. Without a snapshot, channels start with a first digest.
 */
export function rebuildDigestState(clues: DigestStateClues): DigestState {
  const stamp = clues.lastWritten.toISOString();
  const known = clues.announcedArticleIds;
  const seen = Object.fromEntries((known ?? []).map((id) => [id, stamp]));
  const channels =
    known === null ? {} : Object.fromEntries(clues.channelIds.map((id) => [id, { lastSlot: stamp, sentAt: stamp }]));
  const schedule = clues.missedSlot
    ? { pattern: clues.pattern, timezone: clues.timezone, nextDue: clues.missedSlot.toISOString() }
    : undefined;
  return { version: 1, seen, channels, ...(schedule ? { schedule } : {}) };
}
