import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../state/atomic-file';

const StoredItemSchema = z.object({ id: z.string(), url: z.string(), textHash: z.string() });
export type StoredItem = z.infer<typeof StoredItemSchema>;

/**
 * What has been taken into the archive from the web, so each item is ingested at most once and the same article is
 * not stored twice: the feed item links fetched, and per stored article its id, canonical URL and the hash of its
 * normalised text (see articleTextHash), since the same article comes again under another link (tracking
 * parameters, AMP, a mobile host, a second feed) or another URL with the same text. /ingest, "Add to archive",
 * npm run ingest and the feed poller all record here.
 */
const SeenItemsSchema = z.object({
  version: z.literal(2),
  links: z.array(z.string()),
  articles: z.array(StoredItemSchema),
});
export type SeenItems = z.infer<typeof SeenItemsSchema>;

// The first version kept URLs and hashes without the article they belong to: its links are still good.
const SeenItemsV1Schema = z.object({
  version: z.literal(1),
  links: z.array(z.string()),
  canonicalUrls: z.array(z.string()),
  textHashes: z.array(z.string()),
});
const AnyVersionSchema = z.union([
  SeenItemsSchema,
  SeenItemsV1Schema.transform((v1): SeenItems => ({ version: 2, links: v1.links, articles: [] })),
]);

export const SEEN_ITEMS_FILE = 'ingested-items.json';
/** Feeds carry their latest few dozen items; this keeps months of them without the file growing for ever. */
const KEEP = 20_000;

const emptySeen = (): SeenItems => ({ version: 2, links: [], articles: [] });

/** The record, or an empty one with the reason when it is unreadable (items are then re-checked, not lost). */
export async function loadSeenItems(stateDir: string): Promise<{ seen: SeenItems; problem: string | null }> {
  const read = await readJsonFile(join(stateDir, SEEN_ITEMS_FILE), AnyVersionSchema);
  if (read.kind === 'ok') return { seen: read.value, problem: null };
  return { seen: emptySeen(), problem: read.kind === 'corrupt' ? read.problem : null };
}

export async function saveSeenItems(stateDir: string, seen: SeenItems): Promise<void> {
  const trimmed: SeenItems = { version: 2, links: seen.links.slice(-KEEP), articles: seen.articles.slice(-KEEP) };
  await writeFileAtomic(join(stateDir, SEEN_ITEMS_FILE), `${JSON.stringify(trimmed)}\n`);
}

/** Adds or replaces (by id) the record of a stored article. */
export function recordStored(seen: SeenItems, item: StoredItem): void {
  seen.articles = [...seen.articles.filter((a) => a.id !== item.id && a.url !== item.url), item];
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` alone among this process's users of the record in `stateDir`: the bot's /ingest and its feed poller
 * read, change and save the same file, and two of them interleaved would lose one's entries.
 */
export function withSeenItems<T>(stateDir: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(stateDir) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(stateDir, tail);
  void tail.then(() => {
    if (queues.get(stateDir) === tail) queues.delete(stateDir);
  });
  return run;
}
