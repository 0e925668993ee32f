import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { FileProblem } from '../corpus/article';
import { listArticleFiles, loadArticleFiles, sortProblems, type ArticleListing } from '../corpus/load-articles';
import { buildCorpusDataAsync, corpusFactsSteps, withMatchersSteps } from './build-corpus-data';
import { filedOf } from './facts/file-facts';
import { DEFAULT_SLICE_MS, runInSlices } from '../steps/run-steps';
import type { CorpusData } from '../engine/corpus-data';
import { compileLexicon } from '../lexicon/compile-lexicon';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { withArticles, type PassageIndexParts, type PassageIndexShard } from '../search/passage-index';
import { startBuildWorkers } from './run-build-workers';
import type { ArticleCache, CacheContents, CachedArticle } from './cache/article-cache';
import { cacheVersion, factsKey } from './cache/code-version';
import { deferred } from './deferred-matcher';
import { keyFilesSteps } from './cache/key-files';
import { cachedBuildSteps, listKey, segmentShardsSteps, segmentsOf, type ArticleSource } from './cached-build';
import { buildWorkerCount } from './worker-plan';
import { reviseBuild } from './revise-build';
import type { RevisionBasis } from './revision-basis';

export interface LoadAndBuildOptions {
  /**
   * Main-thread work per slice before the event loop gets a turn (see buildCorpusDataAsync). Infinity builds in
   * one go, for start-up, where nothing else waits on the event loop.
   */
  sliceMs?: number;
  /**
   * Worker threads to read and analyse with; 'auto' (the default) decides by archive size and cores, leaving the
   * main thread a core when it builds in slices (see buildWorkerCount).
   */
  workers?: number | 'auto';
  /**
   * Whether 'auto' leaves the main thread a core; by default when building in slices. A start-up that builds in
   * slices only so its Discord connection keeps breathing has no queries to keep answering quickly: it says false.
   */
  spareCore?: boolean;
  /**
   * Whether to build at all given the problems found and the ids of the articles that did load (a reload under
   * keep-old refuses any problem; any reload refuses to lose the articles of an unreadable folder). Default: build.
   */
  accept?: (problems: readonly FileProblem[], loadedIds: readonly string[]) => boolean;
  /** Told when the worker threads failed and the build was redone on the calling thread. */
  onWorkerFailure?: (error: Error) => void;
  /** The worker script (see startBuildWorkers); the default is this program's own. */
  workerEntry?: URL;
  /** Told as articles are read and analysed: batch by batch in worker threads, once at the end on one thread. */
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Built with when the data folder's lexicon is unusable (at start-up, the last good one: see
   * last-good-lexicon.ts). The lexicon's problems are reported all the same.
   */
  lexiconFallback?: Lexicon;
  /**
   * Where articles' readings are kept between builds (see ArticleCache): unchanged articles are taken from it and
   * only new or changed files are analysed. Without one, everything is analysed.
   */
  cache?: ArticleCache;
  /**
   * The corpus in service (see basisOf), which a build with a cache revises rather than builds anew when few files
   * changed since (see reviseBuild): a reload.
   */
  inService?: RevisionBasis | null;
}

/** How far a build has got: articles read and analysed, of the files listed. */
export interface BuildProgress {
  articles: number;
  of: number;
  /**
   * 'analysing' (also when absent) while articles are read and analysed; 'indexing' once every article is, while
   * the index is put together and the analyses filed, which reports no counts of its own.
   */
  phase?: 'analysing' | 'indexing';
}

/** What a caller may want to hear about a build while it runs. */
export type BuildHooks = Pick<LoadAndBuildOptions, 'onWorkerFailure' | 'onProgress' | 'cache' | 'inService'>;

export interface LoadedAndBuilt {
  /** Null when there is no usable lexicon, or `accept` refused the problems. */
  data: CorpusData | null;
  /** Lexicon problems first, then file problems in file order. */
  problems: FileProblem[];
  /** Worker threads the articles were read and analysed in; 0 when on the calling thread. */
  workers: number;
  /** The lexicon built with; null when there was none. */
  lexicon: Lexicon | null;
  /** The lexicon is `lexiconFallback`, because the data folder's could not be used. */
  lexiconFromFallback: boolean;
  /**
   * Settles once what this build read is in the cache (at once without a cache). Never rejects: a failed write
   * is reported through the cache. A command-line process lives on until it settles, so its next run is quick.
   */
  cacheSaved: Promise<void>;
  /** Articles taken from the cache (or the corpus in service) rather than analysed. */
  fromCache: number;
  /** What the next reload revises (see RevisionBasis): null without a cache, whose keys it needs. */
  basis: RevisionBasis | null;
}

/**
 * Loads a data folder and builds the corpus data over everything valid in it. At archive size the per-article
 * work (reading, cleaning, analysis, index reading: nearly all of it) runs in worker threads, one contiguous run
 * of files each; the first worker then puts the index shards together while the main thread files the analyses in
 * slices. The result is the same, id for id, as a build on one thread (load-and-build.test.ts checks it).
 */
export async function loadAndBuildCorpus(dataDir: string, options: LoadAndBuildOptions = {}): Promise<LoadedAndBuilt> {
  const [listing, loadedLexicon] = await Promise.all([listArticleFiles(dataDir), loadLexicon(dataDir)]);
  const problemsWith = (fileProblems: FileProblem[]) => [
    ...loadedLexicon.problems,
    ...sortProblems([...listing.problems, ...fileProblems]),
  ];
  const lexicon = loadedLexicon.lexicon ?? options.lexiconFallback ?? null;
  const lexiconFromFallback = loadedLexicon.lexicon === null && lexicon !== null;
  if (lexicon && options.cache) {
    const cache = options.cache;
    const withCache = await buildWithCache(listing, lexicon, cache, options, problemsWith);
    const { made, fromCache, keyed, basis, ...built } = withCache;
    // A build from the kept facts made nothing new: what it left to write (the memo of the files) is queued.
    const saved = !made || !built.data ? cache.flushed() : saveToCache(cache, made, built.data);
    // A build that read every file itself (an empty cache) leaves the memo of the files to be made afterwards, so
    // that the next start need not read them all again to key them.
    const cacheSaved = keyed || !built.data ? saved : saved.then(() => saveFileMemo(cache, lexicon, listing));
    return { ...built, lexicon, lexiconFromFallback, cacheSaved, fromCache, basis };
  }
  const { made: _made, ...built } = await buildWith(listing, lexicon, options, problemsWith);
  return { ...built, lexicon, lexiconFromFallback, cacheSaved: DONE, fromCache: 0, basis: null };
}

const DONE = Promise.resolve();

/** What a build over a given lexicon gives, before the caller learns which lexicon that was. */
type Build = Omit<LoadedAndBuilt, 'lexicon' | 'lexiconFromFallback' | 'cacheSaved' | 'fromCache' | 'basis'> & {
  /** What a cache would file from this build: its articles in order and its index; absent without a build. */
  made?: { live: CachedArticle[]; parts: PassageIndexParts; shards?: ReadonlyMap<string, PassageIndexShard> };
};

/** A build with a cache: what the cache held of it, to file what it lacks afterwards (see saveToCache). */
type CachedBuildResult = Omit<Build, 'made'> & {
  made?: Made;
  fromCache: number;
  /** Whether the files were keyed before the build (see saveFileMemo). */
  keyed: boolean;
  basis: RevisionBasis | null;
};

/** What a build with a cache files afterwards (see saveToCache). */
interface Made {
  /** What the cache held when the build read it. */
  contents: CacheContents;
  /** The build's articles the cache may lack: all of them, in order, or those a revision read afresh. */
  live: readonly CachedArticle[];
  /** Every article's key, in order. */
  keys: readonly string[];
  parts: PassageIndexParts;
  /** The segments' shards the build read afresh; absent when it read none, and they are made afterwards. */
  shards?: ReadonlyMap<string, PassageIndexShard>;
}

async function buildWith(
  listing: ArticleListing,
  lexicon: Lexicon | null,
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<Build> {
  if (!lexicon) return { data: null, problems: problemsWith([]), workers: 0 };

  const workers = workerCountFor(listing.files.length, options);
  if (workers > 0) {
    try {
      return await buildInWorkers(listing, lexicon, workers, options, problemsWith);
    } catch (error) {
      // A worker that cannot start or dies must not cost the desk its corpus: the same build, on this thread.
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
  const loaded = await loadArticleFiles(listing.folder, listing.files);
  const problems = problemsWith(loaded.problems);
  if (
    options.accept &&
    !options.accept(
      problems,
      loaded.articles.map((a) => a.id),
    )
  ) {
    return { data: null, problems, workers: 0 };
  }
  const input = { articles: loaded.articles, lexicon };
  const of = listing.files.length;
  const data = await buildCorpusDataAsync(input, options.sliceMs ?? DEFAULT_SLICE_MS, (articles) => {
    options.onProgress?.({ articles, of });
    if (articles === loaded.articles.length) options.onProgress?.({ articles, of, phase: 'indexing' });
  });
  if (loaded.articles.length === 0) options.onProgress?.({ articles: 0, of, phase: 'indexing' });
  return { data, problems, workers: 0 };
}

function workerCountFor(articles: number, options: LoadAndBuildOptions): number {
  if (options.workers !== undefined && options.workers !== 'auto') return options.workers;
  return buildWorkerCount(articles, availableParallelism(), {
    // A caller building in slices has an event loop to keep answering (a reload): it keeps a core.
    spareCore: options.spareCore ?? Number.isFinite(options.sliceMs ?? DEFAULT_SLICE_MS),
  });
}

/**
 * A build with a cache: the files are keyed by their bytes, and those the cache holds are taken from it. When a
 * large part of the archive is new (a first start, a new lexicon or a new version of the code), everything is
 * built in worker threads as without a cache; otherwise the main thread analyses only what is new or changed,
 * and reads the index again unless the cache holds it for exactly these articles.
 */
async function buildWithCache(
  listing: ArticleListing,
  lexicon: Lexicon,
  cache: ArticleCache,
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<CachedBuildResult> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const version = cacheVersion(lexicon);
  // An empty cache (a first start, a new lexicon, new code) has nothing to look up: the files are read once, by
  // the build, which keys each article by the bytes it read.
  let keys: (string | null)[] = listing.files.map(() => null);
  // The corpus in service is at hand, where the kept facts would have to be read and decoded first.
  const basis = options.inService?.version === version ? options.inService : null;
  const keyed = basis !== null || (await cache.holdsArticles(version));
  if (keyed) {
    const folder = resolve(listing.folder);
    const memo = await cache.readFileMemo(version, folder);
    const fileKeys = await runInSlices(keyFilesSteps(folder, listing.files, memo), sliceMs);
    keys = fileKeys.keys;
    if (fileKeys.memo) void cache.saveFileMemo(version, fileKeys.memo);
    if (basis !== null) {
      const revised = await revisedBuild(listing, lexicon, { basis, keys }, options, problemsWith);
      if (revised) return revised;
    }
    const kept = await keptBuild(listing, lexicon, cache, { version, keys }, options, problemsWith);
    if (kept)
      return { ...kept, keyed: true, basis: kept.data ? { data: kept.data, keys: keys as string[], version } : null };
  }
  const contents = await cache.read(version);
  const missing = listing.files.filter((_, i) => !contents.articles.has(keys[i] ?? ''));
  const workers = workerCountFor(missing.length, options);
  // Analysing a quarter of the archive on one thread takes about as long as the whole of it in workers.
  if (workers > 0 && missing.length * MOSTLY_NEW >= listing.files.length) {
    try {
      const { made, ...built } = await buildInWorkers(listing, lexicon, workers, options, problemsWith);
      if (!made) return { ...built, fromCache: 0, keyed, basis: null };
      const keys = made.live.map((a) => a.key);
      const next = built.data ? { data: built.data, keys, version } : null;
      return { ...built, made: { ...made, contents, keys }, fromCache: 0, keyed, basis: next };
    } catch (error) {
      options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  const loaded = await loadArticleFiles(listing.folder, missing);
  const fresh = new Map(loaded.articles.map((article, i) => [article.id, { article, key: loaded.keys[i]! }]));
  const sources: ArticleSource[] = [];
  listing.files.forEach((files, i) => {
    const cached = contents.articles.get(keys[i] ?? '');
    const source = cached ? { cached } : fresh.get(files.id);
    if (source) sources.push(source);
  });
  const problems = problemsWith(loaded.problems);
  const ids = sources.map((s) => ('cached' in s ? s.cached.article.id : s.article.id));
  const fromCache = sources.length - loaded.articles.length;
  if (options.accept && !options.accept(problems, ids)) {
    return { data: null, problems, workers: 0, fromCache, keyed, basis: null };
  }

  const sourceKeys = sources.map((s) => ('cached' in s ? s.cached.key : s.key));
  const saved = await cache.readIndex(contents.version, listKey(sourceKeys));
  const index = saved !== null && saved.articleCount === sources.length ? saved : null;
  const segments = segmentsOf(sourceKeys).map((segment) => segment.key);
  const shards = index === null ? await cache.readShards(contents.version, segments) : new Map();
  const of = listing.files.length;
  const onRead = (articles: number) => {
    options.onProgress?.({ articles, of });
    if (articles === sources.length) options.onProgress?.({ articles, of, phase: 'indexing' });
  };
  if (sources.length === 0) options.onProgress?.({ articles: 0, of, phase: 'indexing' });
  const built = await runInSlices(cachedBuildSteps(sources, lexicon, { index, shards }, onRead), sliceMs);
  const made = { contents, live: built.live, keys: sourceKeys, parts: built.parts, shards: built.shards };
  const next = { data: built.data, keys: sourceKeys, version };
  return { data: built.data, problems, workers: 0, made, fromCache, keyed, basis: next };
}

/**
 * A reload's build that revises the corpus in service (see reviseBuild): what it read afresh is what the cache
 * lacks. Null when most of the archive changed, and the build goes the longer way.
 */
async function revisedBuild(
  listing: ArticleListing,
  lexicon: Lexicon,
  from: { basis: RevisionBasis; keys: readonly (string | null)[] },
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<CachedBuildResult | null> {
  const { basis } = from;
  const revised = await reviseBuild({
    folder: listing.folder,
    files: listing.files,
    keys: from.keys,
    basis,
    lexicon,
    sliceMs: options.sliceMs ?? DEFAULT_SLICE_MS,
    problemsWith,
    ...(options.accept ? { accept: options.accept } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (revised === null) return null;
  const { data, problems, keys, fresh, kept, parts } = revised;
  const result = { data, problems, workers: 0, fromCache: kept, keyed: true };
  if (!data || !parts) return { ...result, basis: null };
  // The cache is not read: the revision's new articles go in packs of their own, beside those it has.
  const contents = { version: basis.version, articles: new Map(), packs: [] };
  const made = { contents, live: fresh, keys, parts, shards: new Map() };
  return { ...result, made, basis: { data, keys, version: basis.version } };
}

/**
 * The build of a folder whose every article the cache kept, in this order, with the facts filed from them and
 * their index (see readKept): nothing is read from the packs and nothing filed again, only the name matchers are
 * built. Null when the cache does not hold them, and the build goes the longer way.
 */
async function keptBuild(
  listing: ArticleListing,
  lexicon: Lexicon,
  cache: ArticleCache,
  lookUp: { version: string; keys: readonly (string | null)[] },
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<(Omit<Build, 'made'> & { fromCache: number }) | null> {
  const { version, keys } = lookUp;
  if (keys.length === 0 || keys.some((key) => key === null)) return null;
  const list = listKey(keys as string[]);
  const kept = await cache.readKept(version, list, factsKey(version, list));
  if (kept === null) return null;
  const articles = [...kept.facts.articles.values()];
  const problems = problemsWith([]);
  const fromCache = articles.length;
  if (options.accept && !options.accept(problems, [...kept.facts.articles.keys()])) {
    return { data: null, problems, workers: 0, fromCache };
  }
  const of = listing.files.length;
  options.onProgress?.({ articles: fromCache, of });
  options.onProgress?.({ articles: fromCache, of, phase: 'indexing' });
  const facts = await runInSlices(
    withMatchersSteps(kept.facts, lexicon, compileLexicon(lexicon), deferred),
    options.sliceMs ?? DEFAULT_SLICE_MS,
  );
  return { data: { ...facts, index: withArticles(kept.parts, articles) }, problems, workers: 0, fromCache };
}

/** Files a build's articles and index in the cache, after the build: the corpus is in service meanwhile. */
async function saveToCache(cache: ArticleCache, made: Made, data: CorpusData): Promise<void> {
  const { contents, keys } = made;
  const list = listKey(keys);
  await cache.save(contents, made.live, {
    listKey: list,
    parts: made.parts,
    segments: segmentsOf(keys).map((segment) => segment.key),
    shards: made.shards ?? new Map(),
    // Without what the name matchers are built from, and the lexicon and index, kept apart or compiled afresh.
    facts: { key: factsKey(contents.version, list), facts: filedOf(data) },
  });
  if (made.shards === undefined) await saveSegmentShards(cache, contents.version, made.live);
}

/** Keys the files of a build that read them itself, in slices beside the corpus in service, for the memo. */
async function saveFileMemo(cache: ArticleCache, lexicon: Lexicon, listing: ArticleListing): Promise<void> {
  const keyed = await runInSlices(keyFilesSteps(resolve(listing.folder), listing.files), DEFAULT_SLICE_MS);
  if (keyed.memo) await cache.saveFileMemo(cacheVersion(lexicon), keyed.memo);
}

/**
 * Reads the segments' shards of a build in worker threads from its articles' texts, and files them one at a time,
 * in slices beside the corpus in service: without them, the first reload after the build would read the whole
 * archive into the index again.
 */
async function saveSegmentShards(cache: ArticleCache, version: string, live: readonly CachedArticle[]): Promise<void> {
  const steps = segmentShardsSteps(live);
  let sliceEnd = performance.now() + DEFAULT_SLICE_MS;
  for (;;) {
    const next = steps.next();
    if (next.done) return;
    if (next.value) await cache.saveShard(version, next.value.key, next.value.shard);
    if (performance.now() >= sliceEnd) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + DEFAULT_SLICE_MS;
    }
  }
}

const MOSTLY_NEW = 4;

/**
 * The build in worker threads: the main thread files the analyses (in slices) while the leading worker finishes
 * the index, then the two are put together.
 */
async function buildInWorkers(
  listing: ArticleListing,
  lexicon: Lexicon,
  workers: number,
  options: LoadAndBuildOptions,
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[],
): Promise<Build> {
  let read = 0;
  const build = await startBuildWorkers({
    folder: listing.folder,
    files: listing.files,
    lexicon,
    workers,
    ...(options.workerEntry ? { entry: options.workerEntry } : {}),
    onArticles: (count) => {
      read += count;
      options.onProgress?.({ articles: read, of: listing.files.length });
    },
  });
  try {
    const problems = problemsWith(build.problems);
    if (
      options.accept &&
      !options.accept(
        problems,
        build.articles.map((a) => a.id),
      )
    )
      return { data: null, problems, workers };
    options.onProgress?.({ articles: read, of: listing.files.length, phase: 'indexing' });
    const analysed = { articles: build.articles, analyses: build.analyses, lexicon };
    const facts = await runInSlices(corpusFactsSteps(analysed), options.sliceMs ?? DEFAULT_SLICE_MS);
    const parts = await build.index;
    const index = withArticles(parts, build.articles);
    const live = build.articles.map((article, i) => ({ key: build.keys[i]!, article, analysis: build.analyses[i]! }));
    return { data: { ...facts, index }, problems, workers, made: { live, parts } };
  } finally {
    await build.stop();
  }
}
