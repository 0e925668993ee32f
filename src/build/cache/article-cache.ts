import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleAnalysis } from '../../analysis/analyze-article';
import type { ArticleHeader } from '../../corpus/article';
import { articleTextFromImage, articleTextImage } from '../../corpus/article-text';
import type { StoredArticle } from '../../corpus/stored-article';
import type { PassageIndexParts, PassageIndexShard } from '../../search/passage-index';
import type { FiledFacts } from '../facts/file-facts';
import { STATS_PER_ARTICLE, type FileMemo } from './key-files';
import { runInSlices, runToEnd } from '../../steps/run-steps';
import { decodeGraph, encodeGraphSteps } from './plain-graph';
import { decodeSealed, sealHeader, type SealedPayload } from './sealed-file';

/** An article as a build leaves it, filed under the key of its files (see articleFilesKey). */
export interface CachedArticle {
  key: string;
  article: StoredArticle;
  analysis: ArticleAnalysis;
}

/** What went wrong with a cache, for the log. The build goes on without the affected part whatever it is. */
export interface CacheProblem {
  kind: 'other-version' | 'damaged' | 'write-failed';
  /** The file or folder concerned. */
  path: string;
  detail: string;
}

/** What a cache held for one version when it was read: what a build takes from it, and what saving needs. */
export interface CacheContents {
  version: string;
  articles: ReadonlyMap<string, CachedArticle>;
  /** The pack files read, with the keys each holds: saving decides from them whether to compact. */
  packs: readonly { path: string; keys: readonly string[] }[];
}

export interface ArticleCache {
  readonly dir: string;
  /** Every article a cache of this version holds. Damaged files are reported, removed and left out. */
  read(version: string): Promise<CacheContents>;
  /** The whole index saved for exactly these articles in this order (see listKey), or null. */
  readIndex(version: string, listKey: string): Promise<PassageIndexParts | null>;
  /**
   * Whether this version's folder holds any article (packed, or in kept facts): an empty cache is not looked up at
   * all. Folders of other versions are reported, and once this one is filled, removed.
   */
  holdsArticles(version: string): Promise<boolean>;
  /**
   * The filed facts and the index saved for exactly these articles in this order (see listKey), by code that files
   * them as this process does (`factsKey`, see factsKey), or null: what a start on an unchanged folder takes.
   */
  readKept(version: string, listKey: string, factsKey: string): Promise<KeptCorpus | null>;
  /** The memo of a data folder's files (see keyFilesSteps), or null. */
  readFileMemo(version: string, folder: string): Promise<FileMemo | null>;
  /** Files a data folder's memo, replacing the one before. Never throws, as `save`. */
  saveFileMemo(version: string, memo: FileMemo): Promise<void>;
  /** The index shards saved for these segments (see segmentsOf), those there are. */
  readShards(version: string, segmentKeys: readonly string[]): Promise<Map<string, PassageIndexShard>>;
  /**
   * Files what a build made: `live` is every article of the build, in order; those the cache lacks are written in
   * new packs (or all of them, when the packs hold mostly removed articles), the index under `listKey`, and the
   * segments' shards it lacks; shards of other segments go. Never throws: a failed write is reported and the
   * build's result stands.
   */
  save(contents: CacheContents, live: readonly CachedArticle[], index: IndexToSave): Promise<void>;
  /** Files one segment's index shard (see segmentsOf), unless the cache has it. Never throws, as `save`. */
  saveShard(version: string, key: string, shard: PassageIndexShard): Promise<void>;
  /** Settles once every save started so far has finished (for a process about to stop, and for tests). */
  flushed(): Promise<void>;
}

/** What a start on an unchanged folder takes from the cache: the facts as filed and the index, as they were built. */
interface KeptCorpus {
  facts: FiledFacts;
  parts: PassageIndexParts;
}

/*
 * Layout: <dir>/v-<version>/pack-<unique>.bin (up to PACK_ARTICLES articles each) and index-<listKey>.bin. A file
 * is written under a temporary name in the same folder and renamed into place, so a reader (another process
 * included) sees a whole file or none; two writers at once each write their own packs, and an article in two packs
 * is the same article, since a key names the content and the version the code. Files are not synced to disk: a
 * file torn by a crash fails its checksum and is rebuilt like any damaged one.
 */
const VERSION_PREFIX = 'v-';
const PACK_PREFIX = 'pack-';
const INDEX_PREFIX = 'index-';
const SHARD_PREFIX = 'shard-';
const FACTS_PREFIX = 'facts-';
const MEMO_PREFIX = 'files-';
const TEMP_PREFIX = '.tmp-';
const SUFFIX = '.bin';
/**
 * Articles per pack: few files, while one pack at a time keeps the extra memory of a start small, and writing one
 * (serializing and hashing it on the main thread, after a build) holds the event loop for tens of milliseconds.
 */
const PACK_ARTICLES = 1000;
/** Packs beyond twice as many as the articles need are rewritten as few: each is a file to open at every start. */
const SPARE_PACKS = 8;
/** A temporary file older than this was left by a writer that died. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** A build's index as the cache keeps it: whole, and by segment (see segmentsOf). */
interface IndexToSave {
  listKey: string;
  parts: PassageIndexParts;
  /** Every segment's key, in order. */
  segments: readonly string[];
  /** Shards read afresh by the build, by segment key. */
  shards: ReadonlyMap<string, PassageIndexShard>;
  /** The build's filed facts, kept under `factsKey` (see readKept); absent when the build has none to give. */
  facts?: { key: string; facts: FiledFacts };
}

interface PackedArticle {
  key: string;
  header: ArticleHeader;
  wide: boolean;
  text: Uint8Array;
  analysis: ArticleAnalysis;
}

export function createArticleCache(
  dir: string,
  report: (problem: CacheProblem) => void,
  /** Read only: for a command that promises to write nothing (damaged files are reported, not removed). */
  options: { readOnly?: boolean } = {},
): ArticleCache {
  // Each problem is logged once per process: a full disk must not fill the log at every reload.
  const reported = new Set<string>();
  const reportOnce = (problem: CacheProblem): void => {
    const key = problem.kind === 'damaged' ? `${problem.kind}:${problem.path}` : problem.kind;
    if (reported.has(key)) return;
    reported.add(key);
    report(problem);
  };
  const versionDir = (version: string) => join(dir, `${VERSION_PREFIX}${version}`);

  /**
   * A sealed file's payload, decoded as it is read; null when missing (or replaced meanwhile), unreadable, or
   * damaged (then removed). Nothing decoded is given out before the whole file has passed its checksum.
   */
  async function readSealed(
    path: string,
    decode: (payload: SealedPayload) => Promise<unknown> = whole,
  ): Promise<unknown> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch {
      return null;
    }
    let read: { value: unknown } | { problem: string } | null;
    try {
      read = await decodeSealed(handle, decode);
    } catch {
      read = null;
    } finally {
      await handle.close().catch(() => {});
    }
    if (read !== null && 'problem' in read) {
      await damaged(path, read.problem);
      return null;
    }
    return read === null ? null : read.value;
  }

  async function damaged(path: string, detail: string): Promise<void> {
    reportOnce({ kind: 'damaged', path, detail });
    if (!options.readOnly) await rm(path, { force: true }).catch(() => {});
  }

  async function read(version: string): Promise<CacheContents> {
    const contents = {
      version,
      articles: new Map<string, CachedArticle>(),
      packs: [] as { path: string; keys: string[] }[],
    };
    await otherVersions(version);
    const folder = versionDir(version);
    for (const name of (await listDir(folder)).filter((n) => n.startsWith(PACK_PREFIX) && n.endsWith(SUFFIX)).sort()) {
      const path = join(folder, name);
      const payload = await readSealed(path);
      if (payload === null) continue;
      const entries = packEntries(payload, version);
      if (entries === null) {
        await damaged(path, 'does not hold a pack of this version');
        continue;
      }
      let unpacked: CachedArticle[];
      try {
        unpacked = entries.map(unpackEntry);
      } catch (error) {
        // None of the pack is taken, so the next save files its articles again in a pack that is whole.
        await damaged(path, `holds an article that cannot be read (${(error as Error).message})`);
        continue;
      }
      for (const article of unpacked)
        if (!contents.articles.has(article.key)) contents.articles.set(article.key, article);
      contents.packs.push({ path, keys: unpacked.map((a) => a.key) });
    }
    return contents;
  }

  async function readIndex(version: string, listKey: string): Promise<PassageIndexParts | null> {
    const path = join(versionDir(version), `${INDEX_PREFIX}${listKey}${SUFFIX}`);
    const payload = await readSealed(path, decodeGraph);
    if (payload === null) return null;
    const saved = payload as { version?: unknown; listKey?: unknown; parts?: unknown };
    if (
      saved.version !== version ||
      saved.listKey !== listKey ||
      typeof saved.parts !== 'object' ||
      saved.parts === null
    ) {
      await damaged(path, 'does not hold the index it is named for');
      return null;
    }
    return saved.parts as PassageIndexParts;
  }

  async function holdsArticles(version: string): Promise<boolean> {
    const holds = (await listDir(versionDir(version))).some(
      (n) => (n.startsWith(PACK_PREFIX) || n.startsWith(FACTS_PREFIX)) && n.endsWith(SUFFIX),
    );
    const others = await otherVersions(version);
    // Folders of other code or another lexicon are of no more use once this version's is filled: a start that
    // takes everything from it writes nothing else, so they go now.
    if (holds && others.length > 0 && !options.readOnly) {
      saving = saving.then(async () => {
        for (const name of others) await rm(join(dir, name), { recursive: true, force: true }).catch(() => {});
      });
    }
    return holds;
  }

  /** The folders of other versions in the cache, reported (once) when there are any. */
  async function otherVersions(version: string): Promise<string[]> {
    const others = (await listDir(dir)).filter(
      (name) => name.startsWith(VERSION_PREFIX) && name !== `${VERSION_PREFIX}${version}`,
    );
    if (others.length > 0) {
      reportOnce({
        kind: 'other-version',
        path: join(dir, others[0]!),
        detail: 'written by other code or for another lexicon',
      });
    }
    return others;
  }

  async function readKept(version: string, listKey: string, factsKey: string): Promise<KeptCorpus | null> {
    const path = join(versionDir(version), `${FACTS_PREFIX}${factsKey}${SUFFIX}`);
    if (!(await stat(path).catch(() => null))) return null;
    const parts = await readIndex(version, listKey);
    if (parts === null) return null;
    const payload = await readSealed(path, decodeGraph);
    if (payload === null) return null;
    const saved = payload as { version?: unknown; key?: unknown; facts?: FiledFacts };
    const facts = saved.facts;
    if (saved.version !== version || saved.key !== factsKey || typeof facts !== 'object' || facts === null) {
      await damaged(path, 'does not hold the facts it is named for');
      return null;
    }
    if (!(facts.articles instanceof Map) || facts.articles.size !== parts.articleCount) {
      await damaged(path, 'does not hold the articles of its index');
      return null;
    }
    return { facts, parts };
  }

  const memoPath = (version: string, folder: string) =>
    join(
      versionDir(version),
      `${MEMO_PREFIX}${createHash('sha256').update(folder).digest('base64url').slice(0, 32)}${SUFFIX}`,
    );

  async function readFileMemo(version: string, folder: string): Promise<FileMemo | null> {
    const path = memoPath(version, folder);
    if (!(await stat(path).catch(() => null))) return null;
    const payload = await readSealed(path);
    if (payload === null) return null;
    const saved = payload as { version?: unknown; memo?: Partial<FileMemo> };
    const memo = saved.memo;
    const whole =
      saved.version === version &&
      memo?.folder === folder &&
      Array.isArray(memo.ids) &&
      Array.isArray(memo.names) &&
      Array.isArray(memo.keys) &&
      memo.stats instanceof Float64Array &&
      memo.names.length === memo.ids.length &&
      memo.keys.length === memo.ids.length &&
      memo.stats.length === memo.ids.length * STATS_PER_ARTICLE;
    if (!whole) {
      await damaged(path, 'does not hold the memo of its folder');
      return null;
    }
    return memo as FileMemo;
  }

  async function saveFileMemo(version: string, memo: FileMemo): Promise<void> {
    if (options.readOnly) return saving;
    const path = memoPath(version, memo.folder);
    saving = saving.then(async () => {
      try {
        await mkdir(versionDir(version), { recursive: true });
        await writeSealed(versionDir(version), basename(path), serialize({ version, memo }));
      } catch (error) {
        reportOnce({ kind: 'write-failed', path: versionDir(version), detail: (error as Error).message });
      }
    });
    return saving;
  }

  async function readShards(version: string, segmentKeys: readonly string[]): Promise<Map<string, PassageIndexShard>> {
    const shards = new Map<string, PassageIndexShard>();
    const folder = versionDir(version);
    const names = new Set(await listDir(folder));
    for (const key of segmentKeys) {
      const name = `${SHARD_PREFIX}${key}${SUFFIX}`;
      if (!names.has(name)) continue;
      const payload = await readSealed(join(folder, name), decodeGraph);
      if (payload === null) continue;
      const saved = payload as { version?: unknown; key?: unknown; shard?: unknown };
      if (saved.version !== version || saved.key !== key || typeof saved.shard !== 'object' || saved.shard === null) {
        await damaged(join(folder, name), 'does not hold the shard it is named for');
        continue;
      }
      shards.set(key, saved.shard as PassageIndexShard);
    }
    return shards;
  }

  let saving: Promise<void> = Promise.resolve();
  const flushed = () => saving;

  async function save(contents: CacheContents, live: readonly CachedArticle[], index: IndexToSave): Promise<void> {
    if (options.readOnly) return saving;
    // One save at a time in a process: a reload's save waits for the start-up's rather than racing it. A turn
    // first, so that whoever awaited the build (start-up, a reload's swap) goes ahead of the writing.
    saving = saving
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => write(contents, live, index));
    return saving;
  }

  async function saveShard(version: string, key: string, shard: PassageIndexShard): Promise<void> {
    if (options.readOnly) return saving;
    const folder = versionDir(version);
    const name = `${SHARD_PREFIX}${key}${SUFFIX}`;
    saving = saving.then(async () => {
      try {
        if ((await listDir(folder)).includes(name)) return;
        await writeSealed(folder, name, runToEnd(encodeGraphSteps({ version, key, shard })));
      } catch (error) {
        reportOnce({ kind: 'write-failed', path: folder, detail: (error as Error).message });
      }
    });
    return saving;
  }

  async function write(contents: CacheContents, live: readonly CachedArticle[], index: IndexToSave): Promise<void> {
    const folder = versionDir(contents.version);
    try {
      await mkdir(folder, { recursive: true });
      const liveKeys = new Set(live.map((a) => a.key));
      const removed = contents.packs.reduce((n, p) => n + p.keys.filter((k) => !liveKeys.has(k)).length, 0);
      const fresh = live.filter((a) => !contents.articles.has(a.key));
      const packs = contents.packs.length + Math.ceil(fresh.length / PACK_ARTICLES);
      const compact = removed > live.length / 2 || packs > 2 * Math.ceil(live.length / PACK_ARTICLES) + SPARE_PACKS;
      const toWrite = compact ? live : fresh;
      for (let i = 0; i < toWrite.length; i += PACK_ARTICLES) {
        const entries = toWrite.slice(i, i + PACK_ARTICLES).map(packEntry);
        await writeSealed(
          folder,
          `${PACK_PREFIX}${unique()}${SUFFIX}`,
          serialize({ version: contents.version, entries }),
        );
      }
      // Only the packs this process read: another writer's new packs stay.
      if (compact) for (const pack of contents.packs) await rm(pack.path, { force: true });

      const indexName = `${INDEX_PREFIX}${index.listKey}${SUFFIX}`;
      const names = await listDir(folder);
      if (!names.includes(indexName)) {
        await writeSealed(
          folder,
          indexName,
          await runInSlices(
            encodeGraphSteps({ version: contents.version, listKey: index.listKey, parts: index.parts }),
          ),
        );
      }
      for (const [key, shard] of index.shards) {
        const name = `${SHARD_PREFIX}${key}${SUFFIX}`;
        if (!names.includes(name))
          await writeSealed(folder, name, runToEnd(encodeGraphSteps({ version: contents.version, key, shard })));
      }
      // The facts go last: serializing them holds the event loop longest (see DESIGN.md).
      const factsName = index.facts && `${FACTS_PREFIX}${index.facts.key}${SUFFIX}`;
      if (index.facts && factsName && !names.includes(factsName)) {
        const kept = { version: contents.version, key: index.facts.key, facts: index.facts.facts };
        await writeSealed(folder, factsName, await runInSlices(encodeGraphSteps(kept)));
      }
      // One index and one set of facts are kept, and the shards of its segments: those of the archive as it is now.
      const shardNames = new Set(index.segments.map((key) => `${SHARD_PREFIX}${key}${SUFFIX}`));
      for (const name of names) {
        if (name.startsWith(INDEX_PREFIX) && name !== indexName) await rm(join(folder, name), { force: true });
        if (name.startsWith(FACTS_PREFIX) && name !== factsName) await rm(join(folder, name), { force: true });
        if (name.startsWith(SHARD_PREFIX) && !shardNames.has(name)) await rm(join(folder, name), { force: true });
        if (name.startsWith(TEMP_PREFIX)) await removeIfStale(join(folder, name));
      }
      for (const name of await listDir(dir)) {
        if (name.startsWith(VERSION_PREFIX) && name !== `${VERSION_PREFIX}${contents.version}`) {
          await rm(join(dir, name), { recursive: true, force: true });
        }
      }
    } catch (error) {
      reportOnce({ kind: 'write-failed', path: folder, detail: (error as Error).message });
    }
  }

  return {
    dir,
    read,
    holdsArticles,
    readIndex,
    readKept,
    readFileMemo,
    saveFileMemo,
    readShards,
    save,
    saveShard,
    flushed,
  };
}

/** A payload written by v8.serialize, read whole. */
const whole = async (payload: SealedPayload): Promise<unknown> => deserialize(await payload.read(payload.length));

function packEntry(cached: CachedArticle): PackedArticle {
  const { text, ...header } = cached.article;
  const { wide, image } = articleTextImage(text);
  return { key: cached.key, header, wide, text: image, analysis: cached.analysis };
}

function unpackEntry(entry: PackedArticle): CachedArticle {
  const article: StoredArticle = { ...entry.header, text: articleTextFromImage(entry.wide, entry.text) };
  return { key: entry.key, article, analysis: entry.analysis };
}

/** A pack's entries when it is one of this version (its checksum already passed), else null. */
function packEntries(payload: unknown, version: string): PackedArticle[] | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const pack = payload as { version?: unknown; entries?: unknown };
  if (pack.version !== version || !Array.isArray(pack.entries)) return null;
  return pack.entries.every(isPackedArticle) ? pack.entries : null;
}

function isPackedArticle(value: unknown): value is PackedArticle {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<PackedArticle>;
  return (
    typeof e.key === 'string' &&
    typeof e.header?.id === 'string' &&
    typeof e.wide === 'boolean' &&
    e.text instanceof Uint8Array &&
    Array.isArray(e.analysis?.figures) &&
    Array.isArray(e.analysis?.attributions)
  );
}

/** Writes under a temporary name and renames into place; the temporary file goes if anything fails. */
async function writeSealed(folder: string, name: string, payload: Uint8Array): Promise<void> {
  const temp = join(folder, `${TEMP_PREFIX}${unique()}`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(sealHeader(payload));
      await handle.writeFile(payload);
    } finally {
      await handle.close();
    }
    await rename(temp, join(folder, name));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

async function removeIfStale(path: string): Promise<void> {
  const stats = await stat(path).catch(() => null);
  if (stats && Date.now() - stats.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
}

async function listDir(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

const unique = (): string => `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
