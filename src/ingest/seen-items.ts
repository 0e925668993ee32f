import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../state/atomic-file';

/**
 * What the feed poller has already taken in, so each item is ingested at most once: the item links it fetched,
 * and the canonical URLs and text hashes of the articles it stored, since the same article comes again under
 * another link (tracking parameters, a second feed) or another URL with the same text.
 */
export const SeenItemsSchema = z.object({
  version: z.literal(1),
  links: z.array(z.string()),
  canonicalUrls: z.array(z.string()),
  textHashes: z.array(z.string()),
});
export type SeenItems = z.infer<typeof SeenItemsSchema>;

export const SEEN_ITEMS_FILE = 'ingested-items.json';
/** Feeds carry their latest few dozen items; this keeps months of them without the file growing for ever. */
const KEEP = 20_000;

export const emptySeen = (): SeenItems => ({ version: 1, links: [], canonicalUrls: [], textHashes: [] });

/** The record, or an empty one with the reason when it is unreadable (items are then re-checked, not lost). */
export async function loadSeenItems(stateDir: string): Promise<{ seen: SeenItems; problem: string | null }> {
  const read = await readJsonFile(join(stateDir, SEEN_ITEMS_FILE), SeenItemsSchema);
  if (read.kind === 'ok') return { seen: read.value, problem: null };
  return { seen: emptySeen(), problem: read.kind === 'corrupt' ? read.problem : null };
}

export async function saveSeenItems(stateDir: string, seen: SeenItems): Promise<void> {
  const trimmed: SeenItems = {
    version: 1,
    links: seen.links.slice(-KEEP),
    canonicalUrls: seen.canonicalUrls.slice(-KEEP),
    textHashes: seen.textHashes.slice(-KEEP),
  };
  await writeFileAtomic(join(stateDir, SEEN_ITEMS_FILE), `${JSON.stringify(trimmed)}\n`);
}
