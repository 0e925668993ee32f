import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersDigest } from '../../scripts/bench/answers-digest';
import { ensureArchive } from '../../scripts/bench/generate-archive';
import { engineFromData } from '../engine/create-engine';
import type { Engine } from '../engine/engine';
import { createArticleCache, type CacheProblem } from './cache/article-cache';
import { createEngineFromDir } from './engine-from-dir';
import { loadAndBuildCorpus, type BuildProgress } from './load-and-build';
import { basisOf } from './revision-basis';
import { visible } from './visible-engine.fixture';

// A small synthetic archive beside the bundled five (the one cached-build.test.ts builds).
let archive: string;
beforeAll(() => {
  archive = ensureArchive({ seed: 23, size: 40, dataDir: 'data' }).dir;
});

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'factdesk-revise-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Takes the cache's packs away: a build that still finds the articles took them from the corpus in service. */
function removePacks(cacheDir: string): void {
  for (const folder of readdirSync(cacheDir).filter((n) => n.startsWith('v-'))) {
    for (const name of readdirSync(join(cacheDir, folder)).filter((n) => n.startsWith('pack-'))) {
      rmSync(join(cacheDir, folder, name));
    }
  }
}

function newCache() {
  const problems: CacheProblem[] = [];
  const cache = createArticleCache(mkdtempSync(join(tmpdir(), 'factdesk-cache-')), (p) => problems.push(p));
  return { cache, problems };
}

/** A start with a cache on a copy of the archive, once its cache is written: the corpus a reload finds in service. */
async function startedOnCopy() {
  const dir = copyOf(archive);
  const { cache, problems } = newCache();
  const start = await createEngineFromDir(dir, { workers: 0, cache });
  await start.cacheSaved;
  return { dir, cache, problems, start };
}

/** What users see of an engine, wider than `visible`: the bench's answers and autocomplete over sources. */
function seen(engine: Engine) {
  return {
    visible: visible(engine),
    digest: answersDigest(engine),
    sources: engine.topSources(Number.MAX_SAFE_INTEGER),
    completions: ['', 'm', 'Sch', 'Ber'].map((prefix) => engine.suggest('source', prefix)),
    topics: ['', 'tr', 'Arb'].map((prefix) => engine.suggest('topic', prefix)),
  };
}

/** A reload's build of `dir`, revising `engine` where it can; the engine in service is left as it was. */
async function reloadOver(
  engine: Engine,
  dir: string,
  cache: ReturnType<typeof newCache>['cache'],
  onProgress?: (progress: BuildProgress) => void,
) {
  const built = await loadAndBuildCorpus(dir, {
    workers: 0,
    cache,
    inService: basisOf(engine),
    ...(onProgress ? { onProgress } : {}),
  });
  await built.cacheSaved;
  return built;
}

/** Takes an article away as an editor does: its text and its metadata. */
function removeArticle(dir: string, textFile: string): void {
  rmSync(join(dir, 'articles', textFile));
  rmSync(join(dir, 'articles', textFile.replace('.txt', '.meta.json')), { force: true });
}

const textFiles = (dir: string) =>
  readdirSync(join(dir, 'articles'))
    .filter((n) => n.endsWith('.txt'))
    .sort();

describe('a reload that revises the corpus in service', () => {
  it('answers exactly as a cold build after files were added, changed and removed anywhere, reading only those', async () => {
    const { dir, cache, problems, start } = await startedOnCopy();
    const inService = start.engine!;
    const before = seen(inService);
    const articles = join(dir, 'articles');
    const names = textFiles(dir);
    // Added at the end and in the middle, text and metadata changed, removed from the start, middle and end.
    cpSync(join(articles, names[10]!), join(articles, 'zz_added.txt'));
    cpSync(join(articles, names[20]!), join(articles, `${names[20]!.replace('.txt', '')}_b.txt`));
    appendFileSync(join(articles, names[12]!), '\nDie Regierung kündigte am Montag 4.000 weitere Soldaten an.\n');
    writeFileSync(join(articles, names[30]!.replace('.txt', '.meta.json')), '{"published": "2021-03-04"}');
    for (const i of [0, 25, names.length - 1]) removeArticle(dir, names[i]!);
    removePacks(cache.dir);

    const progress: BuildProgress[] = [];
    const revised = await reloadOver(inService, dir, cache, (p) => progress.push(p));
    const cold = await createEngineFromDir(dir, { workers: 0 });
    const count = cold.engine!.stats().articles;
    expect(revised.fromCache).toBe(count - 4);
    // The reply to /reload shows how far it got, and that the index and facts are being revised at the end.
    expect(progress.at(-1)).toEqual({ articles: count, of: count, phase: 'indexing' });
    expect(progress.filter((p) => p.phase === undefined).length).toBeGreaterThan(1);
    expect(revised.problems).toEqual(cold.problems);
    const engine = engineFromData(revised.data!);
    expect(seen(engine)).toEqual(seen(cold.engine!));
    // The corpus in service answered the same all along: nothing of it was changed in place.
    expect(seen(inService)).toEqual(before);
    expect(problems).toEqual([]);
  }, 60_000);

  it('leaves the cache so that the next start takes the revised corpus whole from it', async () => {
    const { dir, cache, problems, start } = await startedOnCopy();
    const names = textFiles(dir);
    cpSync(join(dir, 'articles', names[5]!), join(dir, 'articles', 'zz_added.txt'));
    removeArticle(dir, names[7]!);
    removePacks(cache.dir);
    const revised = await reloadOver(start.engine!, dir, cache);
    expect(revised.fromCache).toBe(revised.data!.articles.size - 1);

    const restart = await createEngineFromDir(dir, { workers: 0, cache });
    expect(restart.fromCache).toBe(restart.engine!.stats().articles);
    const cold = await createEngineFromDir(dir, { workers: 0 });
    expect(seen(restart.engine!)).toEqual(seen(cold.engine!));
    // And a second revision, from the revised corpus, is a revision too.
    removeArticle(dir, 'zz_added.txt');
    const again = await reloadOver(restart.engine!, dir, cache);
    expect(again.fromCache).toBe(again.data!.articles.size);
    const coldAgain = await createEngineFromDir(dir, { workers: 0 });
    const engine = engineFromData(again.data!);
    expect(seen(engine)).toEqual(seen(coldAgain.engine!));
    expect(problems).toEqual([]);
  }, 60_000);

  it('serves the corpus in service again when nothing changed, reading nothing of the cache', async () => {
    const { dir, cache, problems, start } = await startedOnCopy();
    removePacks(cache.dir);
    for (const folder of readdirSync(cache.dir).filter((n) => n.startsWith('v-'))) {
      for (const name of readdirSync(join(cache.dir, folder)).filter((n) => /^(facts|index)-/.test(n))) {
        rmSync(join(cache.dir, folder, name));
      }
    }
    const again = await reloadOver(start.engine!, dir, cache);
    expect(again.fromCache).toBe(start.engine!.stats().articles);
    expect(seen(engineFromData(again.data!))).toEqual(seen(start.engine!));
    expect(problems).toEqual([]);
  }, 60_000);

  it('builds anew when the lexicon changed, since every article reads differently', async () => {
    const { dir, cache, start } = await startedOnCopy();
    const file = join(dir, 'lexicon', 'sources.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"KCNA", ', '"KCNA", "Zentralagentur", '));
    const rebuilt = await reloadOver(start.engine!, dir, cache);
    const cold = await createEngineFromDir(dir, { workers: 0 });
    expect(rebuilt.fromCache).toBe(0);
    const engine = engineFromData(rebuilt.data!);
    expect(seen(engine)).toEqual(seen(cold.engine!));
  }, 60_000);
});
