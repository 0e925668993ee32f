import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../../scripts/bench/generate-archive';
import { createEngineFromDir } from './engine-from-dir';
import type { BuildProgress } from './load-and-build';
import type { Engine } from '../engine/engine';
import { visible } from './visible-engine.fixture';
import { unpackParagraphs } from '../corpus/article-text';

// A small archive beside the bundled five, with one broken file, so problems are reported from a worker too.
let dir: string;
let oneThread: { engine: Engine | null; problems: unknown[] };
beforeAll(async () => {
  const archive = ensureArchive({ seed: 17, size: 40, dataDir: 'data' });
  dir = mkdtempSync(join(tmpdir(), 'factdesk-workers-'));
  cpSync(archive.dir, dir, { recursive: true });
  writeFileSync(join(dir, 'articles', '001050_broken.txt'), 'Titel\n\nText.\n');
  writeFileSync(join(dir, 'articles', '001050_broken.meta.json'), '{"outlet": ');
  oneThread = await createEngineFromDir(dir, { workers: 0 });
}, 60_000);

describe('building in worker threads', () => {
  it('reads the archive with the broken file reported, not fatal', () => {
    expect(oneThread.engine?.stats().articles).toBe(45);
    expect(oneThread.problems).toEqual([{ file: 'articles/001050_broken.meta.json', reason: expect.any(String) }]);
  });

  // Three workers: a leader and two followers merging into it (the sliced build below covers two).
  it('gives exactly the one-thread answers, articles and problems, telling its progress', async () => {
    const workers = 3;
    const progress: BuildProgress[] = [];
    const built = await createEngineFromDir(dir, {
      workers,
      onWorkerFailure: (error) => {
        throw error;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(built.problems).toEqual(oneThread.problems);
    expect(visible(built.engine!)).toEqual(visible(oneThread.engine!));
    // A batch per worker here; the broken file is listed but never read as an article.
    const analysing = progress.filter((p) => p.phase !== 'indexing');
    expect(analysing.length).toBeGreaterThanOrEqual(workers);
    expect(analysing.every((p, i) => p.of === 46 && p.articles > (analysing[i - 1]?.articles ?? 0))).toBe(true);
    // Then one word that every article is in and the index is being put together.
    expect(progress.at(-1)).toEqual({ articles: built.engine?.stats().articles, of: 46, phase: 'indexing' });
  }, 60_000);

  it('keeps the event loop turning while it builds in slices, as a reload does, with the same result', async () => {
    let turns = 0;
    let building = true;
    const spin = () => {
      if (!building) return;
      turns += 1;
      setImmediate(spin);
    };
    setImmediate(spin);
    const built = await createEngineFromDir(dir, { workers: 2, sliceMs: 2 });
    building = false;
    // Queries are answered between slices; a build that blocked would leave the loop a handful of turns at most.
    expect(turns).toBeGreaterThan(50);
    expect(visible(built.engine!)).toEqual(visible(oneThread.engine!));
  }, 60_000);

  it('keeps each sentence a verbatim part of its paragraph, in order (the worker builds above equal this one)', () => {
    for (const article of oneThread.engine!.articles.values()) {
      for (const paragraph of unpackParagraphs(article.text)) {
        let cursor = 0;
        for (const sentence of paragraph.sentences) {
          const at = paragraph.text.indexOf(sentence, cursor);
          expect(at).toBeGreaterThanOrEqual(0);
          cursor = at + sentence.length;
        }
      }
    }
  });

  it('builds on the calling thread, with the same result, when the workers fail', async () => {
    const failures: Error[] = [];
    const built = await createEngineFromDir(dir, {
      workers: 2,
      workerEntry: new URL('./no-such-worker.mjs', import.meta.url),
      onWorkerFailure: (error) => failures.push(error),
    });
    expect(failures).toHaveLength(1);
    expect(visible(built.engine!)).toEqual(visible(oneThread.engine!));
  }, 60_000);

  it('builds nothing when the caller refuses the problems (a keep-old reload)', async () => {
    const built = await createEngineFromDir(dir, { workers: 2, accept: (problems) => problems.length === 0 });
    expect(built.engine).toBeNull();
    expect(built.problems).toEqual(oneThread.problems);
  }, 60_000);
});
