import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../../scripts/bench/generate-archive';
import { createArticleCache, type CacheProblem } from './cache/article-cache';
import { loadLexicon } from '../lexicon/load-lexicon';
import { cacheVersion } from './cache/code-version';
import { segmentsOf } from './cached-build';
import { createEngineFromDir } from './engine-from-dir';
import type { LoadAndBuildOptions } from './load-and-build';
import { visible } from './visible-engine.fixture';

// The bundled five and a small synthetic archive beside them, each copied so a test can change it.
let archive: string;
let coldArchive: Awaited<ReturnType<typeof build>>;
beforeAll(async () => {
  archive = copyOf(ensureArchive({ seed: 23, size: 40, dataDir: 'data' }).dir);
  coldArchive = await build(archive);
}, 60_000);

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'factdesk-cached-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

const readText = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');

function newCache() {
  const problems: CacheProblem[] = [];
  const cache = createArticleCache(mkdtempSync(join(tmpdir(), 'factdesk-cache-')), (p) => problems.push(p));
  return { cache, problems };
}

/** A build as start-up runs it, waiting for its cache to be written, as the next start would find it. */
async function build(dir: string, options: LoadAndBuildOptions = {}) {
  const built = await createEngineFromDir(dir, { workers: 0, ...options });
  await built.cacheSaved;
  return built;
}

describe('a start with the analysis cache', () => {
  it.each([
    ['the bundled corpus', () => 'data'],
    ['a synthetic archive', () => archive],
  ])(
    'answers over %s exactly as a cold build, taking every article from the cache',
    async (_, dirOf) => {
      const dir = dirOf();
      const cold = dir === archive ? coldArchive : await build(dir);
      const { cache, problems } = newCache();
      const first = await build(dir, { cache });
      expect(first.fromCache).toBe(0);
      const warm = await build(dir, { cache });
      expect(warm.fromCache).toBe(cold.engine!.stats().articles);
      expect(warm.problems).toEqual(cold.problems);
      expect(visible(warm.engine!)).toEqual(visible(cold.engine!));
      expect(visible(first.engine!)).toEqual(visible(cold.engine!));
      expect(problems).toEqual([]);
    },
    60_000,
  );

  it('takes an unchanged folder from the kept facts and index alone, reading no pack', async () => {
    const dir = copyOf(archive);
    const { cache, problems } = newCache();
    await build(dir, { cache });
    await build(dir, { cache });
    const folder = readdirSync(cache.dir).find((n) => n.startsWith('v-'))!;
    for (const name of readdirSync(join(cache.dir, folder)).filter((n) => n.startsWith('pack-'))) {
      rmSync(join(cache.dir, folder, name));
    }
    const warm = await build(dir, { cache });
    expect(warm.fromCache).toBe(coldArchive.engine!.stats().articles);
    expect(visible(warm.engine!)).toEqual(visible(coldArchive.engine!));
    expect(problems).toEqual([]);
  }, 60_000);

  it('reads an article again whose file changed though its size and modification time did not', async () => {
    const dir = copyOf(archive);
    const articles = join(dir, 'articles');
    // Whole seconds, which a modification time can be put back to exactly; and older than the few seconds the memo
    // of the files waits before it takes a file (RACY_MS in key-files.ts).
    const then = Math.floor(Date.now() / 1000) - 60;
    for (const name of readdirSync(articles)) utimesSync(join(articles, name), then, then);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const { cache, problems } = newCache();
    await build(dir, { cache });
    await build(dir, { cache });
    const name = readdirSync(articles).find((n) => n.endsWith('.txt') && /[0-8]/.test(readText(articles, n)))!;
    const text = readText(articles, name);
    const digit = text.search(/[0-8]/);
    writeFileSync(join(articles, name), `${text.slice(0, digit)}${Number(text[digit]) + 1}${text.slice(digit + 1)}`);
    utimesSync(join(articles, name), then, then);
    const after = await build(dir, { cache });
    expect(after.fromCache).toBe(coldArchive.engine!.stats().articles - 1);
    expect(visible(after.engine!)).toEqual(visible((await build(dir)).engine!));
    expect(problems).toEqual([]);
  }, 60_000);

  it('files what a build in worker threads read, so the next start takes it all from the cache', async () => {
    const dir = copyOf(archive);
    const { cache, problems } = newCache();
    await build(dir, { cache, workers: 2 });
    const warm = await build(dir, { cache });
    expect(warm.fromCache).toBe(coldArchive.engine!.stats().articles);
    expect(visible(warm.engine!)).toEqual(visible(coldArchive.engine!));
    // The index by segment was filed too (segmentShardsSteps): after a change the index is put together from shards.
    const [first] = readdirSync(join(dir, 'articles'))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    appendFileSync(join(dir, 'articles', first!), '\nLaut Polizei kamen 300 Menschen zur Kundgebung.\n');
    const changed = await build(dir, { cache });
    expect(changed.fromCache).toBe(coldArchive.engine!.stats().articles - 1);
    expect(visible(changed.engine!)).toEqual(visible((await build(dir)).engine!));
    expect(problems).toEqual([]);
  }, 60_000);

  it('analyses only the files added or changed since, and drops those removed', async () => {
    const dir = copyOf(archive);
    const { cache, problems } = newCache();
    const before = await build(dir, { cache });
    const articles = join(dir, 'articles');
    const names = readdirSync(articles)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    // One added (a copy under a new id), one whose text changed, one whose metadata changed, one removed.
    cpSync(join(articles, names[0]!), join(articles, '009999_added.txt'));
    appendFileSync(join(articles, names[1]!), '\nDie Regierung kündigte am Montag 4.000 weitere Soldaten an.\n');
    writeFileSync(
      join(articles, names[2]!.replace('.txt', '.meta.json')),
      '{"published": "2021-03-04", "outlet": "APA"}',
    );
    rmSync(join(articles, names[3]!));
    const after = await build(dir, { cache });
    const cold = await build(dir);
    expect(after.engine!.stats().articles).toBe(before.engine!.stats().articles);
    expect(after.fromCache).toBe(after.engine!.stats().articles - 3);
    expect(after.engine!.articles.has(names[3]!.replace('.txt', ''))).toBe(false);
    expect(after.engine!.articles.get(names[2]!.replace('.txt', ''))?.published).toBe('2021-03-04');
    expect(visible(after.engine!)).toEqual(visible(cold.engine!));
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('the cache after articles were removed', () => {
  it('holds no more than the folder once most of it is gone, and still answers as a cold build', async () => {
    const dir = copyOf('data');
    const { cache } = newCache();
    await build(dir, { cache });
    const articles = join(dir, 'articles');
    for (const name of readdirSync(articles).sort().slice(0, 3)) rmSync(join(articles, name));
    const after = await build(dir, { cache });
    expect(after.fromCache).toBe(2);
    expect(visible(after.engine!)).toEqual(visible((await build(dir)).engine!));
    const version = cacheVersion((await loadLexicon(dir)).lexicon!);
    expect([...(await cache.read(version)).articles.values()].map((a) => a.article.id)).toEqual([
      ...after.engine!.articles.keys(),
    ]);
  }, 60_000);
});

describe('the index segments the cache keeps shards of', () => {
  const keys = Array.from({ length: 6000 }, (_, i) => `key-${i}-${(i * 7919) % 6007}`);
  const segmentKeys = (list: string[]) => new Set(segmentsOf(list).map((s) => s.key));

  it('cover every article once, in order', () => {
    const segments = segmentsOf(keys);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(keys.length);
    expect(segments.every((s, i) => s.end > s.start && s.start === (segments[i - 1]?.end ?? 0))).toBe(true);
    expect(segments.length).toBeGreaterThan(3);
  });

  it('change only where an article was added or changed, so the other shards are taken from the cache', () => {
    const before = segmentKeys(keys);
    const added = [...keys.slice(0, 3000), 'a-new-article', ...keys.slice(3000)];
    const changed = keys.map((key, i) => (i === 1234 ? `${key}-edited` : key));
    for (const after of [segmentKeys(added), segmentKeys(changed)]) {
      const kept = [...after].filter((key) => before.has(key));
      expect(after.size - kept.length).toBe(1);
    }
  });
});
