import { createHash } from 'node:crypto';
import { analyzeArticleSteps } from '../analysis/analyze-article';
import { ownAnalysisText } from '../analysis/own-analysis-text';
import { createAnalysisSharer } from '../analysis/share-analysis-strings';
import type { Article } from '../corpus/article';
import { storeArticle, unstoreArticle } from '../corpus/stored-article';
import { corpusFactsSteps } from './build-corpus-data';
import type { CorpusData } from '../engine/corpus-data';
import { compileLexicon } from '../lexicon/compile-lexicon';
import type { Lexicon } from '../lexicon/schema';
import {
  createPassageIndexBuilder,
  withArticles,
  type PassageIndexParts,
  type PassageIndexShard,
} from '../search/passage-index';
import type { CachedArticle } from './cache/article-cache';

/** One article of a build: as the cache holds it, or read just now and still to analyse. */
export type ArticleSource = { cached: CachedArticle } | { article: Article; key: string };

export interface CachedBuild {
  data: CorpusData;
  /** Every article of the build with its analysis and key, in order: what the cache files. */
  live: CachedArticle[];
  parts: PassageIndexParts;
  /** The index shards this build read afresh, by segment key (see segmentsOf): what the cache lacked. */
  shards: Map<string, PassageIndexShard>;
}

/** A run of consecutive articles, [start, end), whose index shard is cached as one, under `key`. */
export interface Segment {
  start: number;
  end: number;
  key: string;
}

/**
 * Builds the corpus data from articles of which some come from the cache: only the others are analysed. The index
 * is `saved.index` when the cache holds one for exactly these articles (see listKey); else it is put together from
 * one shard per segment (see segmentsOf), the cache's where it holds the segment's, else read from the segment's
 * articles (cached ones unpacked). Absorbing shards in order gives the index a build adding every article gives
 * (passage-index-shard.test.ts), so the result is the same as a build without a cache (cached-build.test.ts).
 */
export function* cachedBuildSteps(
  sources: readonly ArticleSource[],
  lexicon: Lexicon,
  saved: { index: PassageIndexParts | null; shards: ReadonlyMap<string, PassageIndexShard> },
  /** Told after each article how many are taken from the cache or analysed so far (progress). */
  onRead?: (count: number) => void,
): Generator<void, CachedBuild> {
  const compiled = compileLexicon(lexicon);
  const share = createAnalysisSharer();
  const live: CachedArticle[] = [];
  for (const source of sources) {
    if ('cached' in source) {
      share(source.cached.article.id, source.cached.analysis);
      live.push(source.cached);
    } else {
      const analysis = yield* analyzeArticleSteps(source.article, compiled);
      ownAnalysisText(analysis);
      share(source.article.id, analysis);
      live.push({ key: source.key, article: storeArticle(source.article), analysis });
    }
    onRead?.(live.length);
    yield;
  }
  const shards = new Map<string, PassageIndexShard>();
  let parts = saved.index;
  if (parts === null) {
    const builder = createPassageIndexBuilder();
    for (const segment of segmentsOf(live.map((a) => a.key))) {
      let shard = saved.shards.get(segment.key);
      if (shard === undefined) {
        const reader = createPassageIndexBuilder();
        for (let i = segment.start; i < segment.end; i++) {
          const source = sources[i]!;
          reader.add('cached' in source ? unstoreArticle(source.cached.article) : source.article);
          yield;
        }
        shard = reader.exportShard();
        shards.set(segment.key, shard);
      }
      yield* builder.absorbInSlices(shard);
    }
    parts = yield* builder.finishPartsInSlices();
  }
  const articles = live.map((a) => a.article);
  const facts = yield* corpusFactsSteps({ articles, analyses: live.map((a) => a.analysis), lexicon }, compiled);
  return { data: { ...facts, index: withArticles(parts, articles) }, live, parts, shards };
}

/**
 * The index shard of each segment (see segmentsOf) of these articles, read from their stored text, one segment at a
 * time: after a build in worker threads, whose index was put together from other shards, so that the next reload
 * that changes a few articles reads only their segments' index again.
 */
export function* segmentShardsSteps(
  articles: readonly CachedArticle[],
): Generator<undefined | { key: string; shard: PassageIndexShard }, void> {
  for (const segment of segmentsOf(articles.map((a) => a.key))) {
    const reader = createPassageIndexBuilder();
    for (let i = segment.start; i < segment.end; i++) {
      reader.add(unstoreArticle(articles[i]!.article));
      yield;
    }
    yield { key: segment.key, shard: reader.exportShard() };
  }
}

/** Articles a segment holds on average: an article added or changed costs its segment's index reading again. */
const SEGMENT_ARTICLES = 256;
/** A segment's most articles: bounds that cost where the keys happen to give no boundary for long. */
const MAX_SEGMENT_ARTICLES = 4 * SEGMENT_ARTICLES;

/**
 * Cuts articles (by their keys, in order) into segments whose index shards the cache keeps. A segment ends after
 * an article whose key's hash is a multiple of SEGMENT_ARTICLES, so boundaries follow the articles, not their
 * positions: adding or changing an article changes its own segment's key and leaves the others' as they were.
 */
export function segmentsOf(keys: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  keys.forEach((key, i) => {
    const end = i + 1;
    if (end === keys.length || smallHash(key) % SEGMENT_ARTICLES === 0 || end - start >= MAX_SEGMENT_ARTICLES) {
      segments.push({ start, end, key: listKey(keys.slice(start, end)) });
      start = end;
    }
  });
  return segments;
}

/** FNV-1a over the key's characters: spread enough to pick boundaries, and the same on every machine. */
function smallHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** What an index is saved under: the keys of the articles it was built over, in order. */
export function listKey(keys: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of keys) hash.update(key).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}
