import { beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../../scripts/bench/generate-archive';
import type { Article } from '../corpus/article';
import { loadArticles } from '../corpus/load-articles';
import { contiguousParts } from '../build/worker-plan';
import { buildPassageIndex, createPassageIndexBuilder, withArticles, type PassageIndex } from './passage-index';
import { searchPassages } from './search-passages';
import { storeArticle } from '../corpus/stored-article';

// The bundled five plus a small synthetic archive: compounds, umlauts, shared and shard-only vocabulary.
let articles: Article[];
let whole: PassageIndex;
beforeAll(async () => {
  const archive = ensureArchive({ seed: 17, size: 120, dataDir: 'data' });
  ({ articles } = await loadArticles(archive.dir));
  whole = buildPassageIndex(articles);
}, 60_000);

/** Each part indexed by a builder of its own, as a worker would, then put together in order. */
function fromShards(parts: Article[][]): PassageIndex {
  const merged = createPassageIndexBuilder();
  const shards = parts.map((part) => {
    const builder = createPassageIndexBuilder();
    for (const article of part) builder.add(article);
    return builder.exportShard();
  });
  for (const shard of shards) run(merged.absorbInSlices(shard));
  return withArticles(run(merged.finishPartsInSlices()), parts.flat().map(storeArticle));
}

function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Paths at which two indexes differ. Typed arrays are compared as bytes: a generic deep equality walks millions
 * of elements one by one and takes seconds.
 */
function differences(a: unknown, b: unknown, path = 'index'): string[] {
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return a.constructor === b.constructor && bytes(a).equals(bytes(b)) ? [] : [path];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // The articles list: the same articles (each stored afresh per build), in the same order.
    const id = (item: unknown) => (item as { id: string }).id;
    return a.length === b.length && a.every((item, i) => id(item) === id(b[i])) ? [] : [path];
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return Object.is(a, b) ? [] : [path];
}

describe('an index put together from shards', () => {
  it.each([1, 2, 3, 7])('is identical, id for id, to one built in one go (%i shards)', (count) => {
    const parts = contiguousParts(articles, count);
    expect(parts).toHaveLength(count);
    const sharded = fromShards(parts);
    expect(sharded.terms.size).toBe(whole.terms.size);
    expect(differences(sharded, whole)).toEqual([]);
  });

  it('answers searches exactly as the one-go index does, typo correction included', () => {
    const sharded = fromShards(contiguousParts(articles, 3));
    for (const query of ['Soldaten', 'Gerasimow', 'Pjöngjang Truppen Kursk', 'Nordkorea-Soldaten', 'kcan']) {
      expect(searchPassages(sharded, query, 25)).toEqual(searchPassages(whole, query, 25));
    }
  });

  it('is never finished with only some of its articles', () => {
    const reader = createPassageIndexBuilder();
    for (const article of articles.slice(0, 2)) reader.add(article);
    const merged = createPassageIndexBuilder();
    merged.add(articles[2]!);
    run(merged.absorbInSlices(reader.exportShard()));
    // Only the article added here is at hand: the full list must come from the caller, and must match.
    expect(() => merged.finish(articles.map(storeArticle))).toThrow(/finishPartsInSlices/);
    const parts = run(merged.finishPartsInSlices());
    expect(() => withArticles(parts, articles.slice(0, 2).map(storeArticle))).toThrow(/cover 3 articles, given 2/);
  });
});
