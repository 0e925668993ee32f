import { statSync } from 'node:fs';
import { articleFilesKey } from '../../corpus/article-files-key';
import { readCapped, type ArticleFiles } from '../../corpus/load-articles';

/**
 * What a data folder's files were when they were last keyed: per article, the names of its files, what stat said
 * of each (size, modification and change time, inode) and the key of their bytes (see articleFilesKey). A file
 * whose stat says the same is not read again to be keyed.
 */
export interface FileMemo {
  folder: string;
  ids: string[];
  /** Per article, its files' names joined (see namesOf). */
  names: string[];
  keys: string[];
  /** Per article, STAT_FIELDS numbers for each of FILE_SLOTS files (NaN where there is no such file). */
  stats: Float64Array;
}

/** The keys of a listing's files, and the memo to keep for the next build (null when nothing changed). */
export interface KeyedFiles {
  keys: (string | null)[];
  memo: FileMemo | null;
}

const FILE_SLOTS = 3;
const STAT_FIELDS = 4;
/**
 * A file changed this recently is keyed by its bytes again next time, and only memoized once older: a write within
 * the same tick of the file system's clock (two seconds on FAT, one on older Unix ones) can leave size and times
 * as they were, the "racy" case git's index handles the same way.
 */
export const RACY_MS = 3000;

/**
 * The key of each listed article's files as they are now (see articleFilesKey), or null where a file cannot be
 * read whole: what a build looks the cache up by. A file the memo knows with the same stat (size, times, inode) is
 * not read; any other is read and hashed. Yields after each article, so a reload can run it in slices.
 */
export function* keyFilesSteps(
  folder: string,
  files: readonly ArticleFiles[],
  memo: FileMemo | null = null,
): Generator<void, KeyedFiles> {
  const known = new Map<string, number>();
  if (memo?.folder === folder) for (const [i, id] of memo.ids.entries()) known.set(id, i);
  const startedAt = Date.now();
  const keys: (string | null)[] = [];
  const next: FileMemo = {
    folder,
    ids: [],
    names: [],
    keys: [],
    stats: new Float64Array(files.length * STATS_PER_ARTICLE),
  };
  let hashed = 0;
  for (const group of files) {
    const names = namesOf(group);
    // Stat before reading: a file written in between has other times next time, and is read again then.
    const stats = statsOf(folder, group);
    const at = known.get(group.id);
    const remembered = memo !== null && at !== undefined && memo.names[at] === names && sameStats(memo, at, stats);
    let key: string | null;
    if (remembered) key = memo.keys[at]!;
    else {
      hashed += 1;
      key = articleFilesKey(group, readBytes(folder));
    }
    if (key !== null && stats !== null && (remembered || settledBefore(stats, startedAt))) {
      next.stats.set(stats, next.ids.length * STATS_PER_ARTICLE);
      next.ids.push(group.id);
      next.names.push(names);
      next.keys.push(key);
    }
    keys.push(key);
    yield;
  }
  const changed = hashed > 0 || next.ids.length !== known.size;
  return { keys, memo: changed ? { ...next, stats: next.stats.slice(0, next.ids.length * STATS_PER_ARTICLE) } : null };
}

/** The numbers a memo keeps per article. */
export const STATS_PER_ARTICLE = FILE_SLOTS * STAT_FIELDS;

const namesOf = (group: ArticleFiles): string =>
  `${group.text ?? ''}\u0000${group.html ?? ''}\u0000${group.meta ?? ''}`;

/** What stat says of an article's files, FILE_SLOTS × STAT_FIELDS numbers; null when one cannot be stat'ed. */
function statsOf(folder: string, group: ArticleFiles): Float64Array | null {
  const stats = new Float64Array(STATS_PER_ARTICLE).fill(Number.NaN);
  const slots = [group.text, group.html, group.meta];
  for (let slot = 0; slot < FILE_SLOTS; slot++) {
    const name = slots[slot];
    if (name === undefined) continue;
    const stat = statSync(`${folder}/${name}`, { throwIfNoEntry: false });
    if (stat === undefined || !stat.isFile()) return null;
    stats.set([stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], slot * STAT_FIELDS);
  }
  return stats;
}

function sameStats(memo: FileMemo, at: number, stats: Float64Array | null): boolean {
  if (stats === null) return false;
  for (let i = 0; i < STATS_PER_ARTICLE; i++)
    if (!Object.is(memo.stats[at * STATS_PER_ARTICLE + i], stats[i])) return false;
  return true;
}

/** Whether every file was last modified and changed safely before `time` (see RACY_MS). */
function settledBefore(stats: Float64Array, time: number): boolean {
  for (let slot = 0; slot < FILE_SLOTS; slot++) {
    const changed = Math.max(stats[slot * STAT_FIELDS + 1]!, stats[slot * STAT_FIELDS + 2]!);
    if (!Number.isNaN(changed) && changed > time - RACY_MS) return false;
  }
  return true;
}

const readBytes =
  (folder: string) =>
  (name: string): Uint8Array | null => {
    try {
      const bytes = readCapped(`${folder}/${name}`);
      return typeof bytes === 'string' ? null : bytes;
    } catch {
      return null;
    }
  };
