import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBotCorpus } from '../../src/app/open-bot-corpus';
import { createArticleCache, type CacheProblem } from '../../src/build/cache/article-cache';
import { createEngineFromDir } from '../../src/build/engine-from-dir';
import type { LoadAndBuildOptions } from '../../src/build/load-and-build';
import { visible } from '../../src/build/visible-engine.fixture';
import { EngineHolder } from '../../src/engine/holder';
import { createLogger } from '../../src/logging/logger';
import { reloadAndAudit, reloadServiceFromEnv } from '../../src/reload/audited-reload';
import { copyOfData, freshStateDir } from '../desk-bot';
import { captureLogs } from '../support/log-capture';

// Whatever happens to the analysis cache, the answers are those of the data folder: each fault is reported once and
// what it touched is read from the articles again.

let cold: ReturnType<typeof visible>;
beforeAll(async () => {
  cold = visible((await createEngineFromDir('data', { workers: 0 })).engine!);
}, 60_000);

async function filledCache() {
  const problems: CacheProblem[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-cache-'));
  const cache = createArticleCache(dir, (p) => problems.push(p));
  await build({ cache });
  return { dir, cache, problems };
}

async function build(options: LoadAndBuildOptions, dataDir = 'data') {
  const built = await createEngineFromDir(dataDir, { workers: 0, ...options });
  await built.cacheSaved;
  return built;
}

/** The cache's files of one kind (pack-, index-), in its one version folder. */
async function cacheFiles(dir: string, prefix: string): Promise<string[]> {
  const [version] = (await readdir(dir)).filter((n) => n.startsWith('v-'));
  const folder = join(dir, version!);
  return (await readdir(folder)).filter((n) => n.startsWith(prefix)).map((n) => join(folder, n));
}

/** Removes the facts a start on an unchanged folder takes (see readKept), so that the start reads the packs. */
async function withoutKeptFacts(dir: string): Promise<void> {
  for (const path of await cacheFiles(dir, 'facts-')) await rm(path);
}

/**
 * A copy of the data folder old enough for the memo of the files to take (see RACY_MS in key-files.ts): a file
 * changed in the last three seconds is read and keyed again at every start.
 */
async function settledCopyOfData(): Promise<string> {
  const dataDir = await copyOfData();
  await new Promise((resolve) => setTimeout(resolve, 3100));
  return dataDir;
}

type Damage = [string, (path: string) => Promise<void>];

/** The damages a cache file may suffer short of vanishing: a torn write, a flipped byte. */
const DAMAGES: Damage[] = [
  ['cut off halfway', async (path) => truncate(path, Math.floor((await readFile(path)).length / 2))],
  [
    'with one byte changed',
    async (path) => {
      const bytes = await readFile(path);
      bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
      await writeFile(path, bytes);
    },
  ],
];

describe('a damaged cache file', () => {
  it.each<Damage>([...DAMAGES, ['emptied', async (path) => truncate(path, 0)]])(
    '%s is reported once, and its articles are read from the data folder again',
    async (_, damage) => {
      const { dir, cache, problems } = await filledCache();
      const [pack] = await cacheFiles(dir, 'pack-');
      // A start on an unchanged folder takes the kept facts and reads no pack: without them, this one must.
      await withoutKeptFacts(dir);
      await damage(pack!);
      const built = await build({ cache });
      expect(built.fromCache).toBe(0);
      expect(visible(built.engine!)).toEqual(cold);
      expect(problems).toEqual([{ kind: 'damaged', path: pack, detail: expect.any(String) }]);
      // Rewritten by that build: the next start takes everything from the cache again, with nothing more to report.
      const next = await build({ cache });
      expect(next.fromCache).toBe(5);
      expect(problems).toHaveLength(1);
    },
  );

  it.each<Damage>(DAMAGES)(
    'in the kept facts (%s) is reported once, and the articles filed again from the packs',
    async (_, damage) => {
      const { dir, cache, problems } = await filledCache();
      const [facts] = await cacheFiles(dir, 'facts-');
      await damage(facts!);
      const built = await build({ cache });
      expect(built.fromCache).toBe(5);
      expect(visible(built.engine!)).toEqual(cold);
      expect(problems).toEqual([{ kind: 'damaged', path: facts, detail: expect.any(String) }]);
      // Filed again by that build: the next start takes them, with nothing more to report.
      expect(await cacheFiles(dir, 'facts-')).toHaveLength(1);
      await rm(join((await cacheFiles(dir, 'pack-'))[0]!));
      const next = await build({ cache });
      expect(next.fromCache).toBe(5);
      expect(visible(next.engine!)).toEqual(cold);
      expect(problems).toHaveLength(1);
    },
  );

  it('in the memo of the files is reported, and every file read and keyed again', async () => {
    const { dir, cache, problems } = await filledCache();
    const dataDir = await settledCopyOfData();
    await build({ cache }, dataDir);
    // One memo per data folder: the bundled one's, written after the first build, and the copy's.
    const memos = await cacheFiles(dir, 'files-');
    expect(memos).toHaveLength(2);
    for (const memo of memos) await truncate(memo, 200);
    const built = await build({ cache }, dataDir);
    expect(built.fromCache).toBe(5);
    expect(visible(built.engine!)).toEqual(cold);
    expect(problems).toEqual([
      { kind: 'damaged', path: expect.stringMatching(/files-/), detail: expect.stringMatching(/truncated/) },
    ]);
  }, 30_000);

  it('in the index is reported, and the index read from the articles again', async () => {
    const { dir, cache, problems } = await filledCache();
    const [index] = await cacheFiles(dir, 'index-');
    await truncate(index!, 1000);
    const built = await build({ cache });
    expect(built.fromCache).toBe(5);
    expect(visible(built.engine!)).toEqual(cold);
    expect(problems).toEqual([{ kind: 'damaged', path: index, detail: expect.stringMatching(/truncated/) }]);
  });
});

describe('a cache of another version', () => {
  it('left by other code is reported once, not read, and removed once the new one is written', async () => {
    const { dir, cache, problems } = await filledCache();
    const other = join(dir, 'v-0123456789abcdef01234567');
    mkdirSync(other);
    writeFileSync(join(other, 'pack-old.bin'), 'what an older Factdesk wrote');
    const built = await build({ cache });
    expect(visible(built.engine!)).toEqual(cold);
    expect(problems).toEqual([{ kind: 'other-version', path: other, detail: expect.any(String) }]);
    expect((await readdir(dir)).filter((n) => n.startsWith('v-'))).toHaveLength(1);
    expect(await readdir(dir)).not.toContain('v-0123456789abcdef01234567');
  });

  it('written for another lexicon is not used: every article is analysed with the new one', async () => {
    const dataDir = await copyOfData();
    const problems: CacheProblem[] = [];
    const cache = createArticleCache(await mkdtemp(join(tmpdir(), 'factdesk-cache-')), (p) => problems.push(p));
    await build({ cache }, dataDir);
    const sources = join(dataDir, 'lexicon', 'sources.json');
    // KCNA known by one more name: a cached analysis made without it would credit fewer sentences.
    await writeFile(sources, (await readFile(sources, 'utf8')).replace('"KCNA", ', '"KCNA", "Zentralagentur", '));
    const built = await build({ cache }, dataDir);
    expect(built.fromCache).toBe(0);
    expect(visible(built.engine!)).toEqual(visible((await build({}, dataDir)).engine!));
    expect(problems.map((p) => p.kind)).toEqual(['other-version']);
  });
});

describe('two processes writing one cache', () => {
  it('leave it whole: a later start takes every article from it, and a half-written file is never read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-cache-'));
    const problems: CacheProblem[] = [];
    const writer = () => createArticleCache(dir, (p) => problems.push(p));
    await Promise.all([build({ cache: writer() }), build({ cache: writer() })]);
    // What a writer still busy (or killed) leaves: a temporary file, half written.
    const [version] = await readdir(dir);
    await writeFile(join(dir, version!, '.tmp-busy-writer'), 'FDCACHE1 half of a pack');
    const built = await build({ cache: writer() });
    expect(built.fromCache).toBe(5);
    expect(visible(built.engine!)).toEqual(cold);
    expect(problems).toEqual([]);
  });
});

describe('a cache that cannot be written (a full disk, a read-only folder)', () => {
  it('is reported once while the corpus is served from the data folder, build after build', async () => {
    const blocked = join(await mkdtemp(join(tmpdir(), 'factdesk-cache-')), 'a-file');
    writeFileSync(blocked, '');
    const problems: CacheProblem[] = [];
    const cache = createArticleCache(join(blocked, 'cache'), (p) => problems.push(p));
    for (let i = 0; i < 2; i++) {
      const built = await build({ cache });
      expect(built.fromCache).toBe(0);
      expect(visible(built.engine!)).toEqual(cold);
    }
    expect(problems).toEqual([
      { kind: 'write-failed', path: expect.any(String), detail: expect.stringMatching(/ENOTDIR/) },
    ]);
  });

  it('is one warning in the bot log, with its event, across a start and a reload', async () => {
    const logs = captureLogs();
    const logger = createLogger({ level: 'debug', destination: logs.stream });
    const stateDir = await freshStateDir();
    writeFileSync(join(stateDir, 'not-a-folder'), '');
    const env = { DATA_DIR: 'data', STATE_DIR: stateDir, CACHE_DIR: join(stateDir, 'not-a-folder', 'cache') };
    const engine = await openBotCorpus(env, logger);
    const service = reloadServiceFromEnv(
      { ...env, RELOAD_POLICY: 'keep-old', AUDIT_CHANNEL_ID: undefined },
      new EngineHolder(engine!),
      logger,
    );
    expect((await reloadAndAudit(service, 'test')).outcome).toBe('reloaded');
    await service.cache!.flushed();
    const warnings = logs.lines().filter((line) => line.event === 'analysis_cache_problem');
    expect(warnings).toEqual([expect.objectContaining({ level: 40, kind: 'write-failed' })]);
  });
});

describe('a cache opened read only (npm run reload -- --local, which writes nothing)', () => {
  it('gives its articles, and writes nothing: neither new files nor the removal of a damaged one', async () => {
    const { dir } = await filledCache();
    const problems: CacheProblem[] = [];
    const readOnly = createArticleCache(dir, (p) => problems.push(p), { readOnly: true });
    const files = async () => (await readdir(dir, { recursive: true })).sort();
    const before = await files();
    const warm = await build({ cache: readOnly });
    expect(warm.fromCache).toBe(5);
    expect(visible(warm.engine!)).toEqual(cold);
    const [pack] = await cacheFiles(dir, 'pack-');
    const [facts] = await cacheFiles(dir, 'facts-');
    await truncate(pack!, 100);
    await truncate(facts!, 100);
    const rebuilt = await build({ cache: readOnly });
    expect(rebuilt.fromCache).toBe(0);
    expect(visible(rebuilt.engine!)).toEqual(cold);
    expect(problems).toEqual([
      { kind: 'damaged', path: facts, detail: expect.any(String) },
      { kind: 'damaged', path: pack, detail: expect.any(String) },
    ]);
    expect(await files()).toEqual(before);
  });
});
