import { createHash } from 'node:crypto';
import { analyzeArticleSteps } from '../analysis/analyze-article';
import { ownAnalysisText } from '../analysis/own-analysis-text';
import { createAnalysisSharer } from '../analysis/share-analysis-strings';
import type { Article } from '../corpus/article';
import { unpackParagraphs } from '../corpus/article-text';
import { storeArticle } from '../corpus/stored-article';
import { corpusFactsSteps } from '../engine/build-corpus-data';
import type { CorpusData } from '../engine/corpus-data';
import { compileLexicon } from '../lexicon/compile-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { createPassageIndexBuilder, withArticles, type PassageIndexParts } from '../search/passage-index';
import type { CachedArticle } from './cache/article-cache';

/** One article of a build: as the cache holds it, or read just now and still to analyse. */
export type ArticleSource = { cached: CachedArticle } | { article: Article; key: string };

export interface CachedBuild {
  data: CorpusData;
  /** Every article of the build with its analysis and key, in order: what the cache files. */
  live: CachedArticle[];
  parts: PassageIndexParts;
}

/**
 * Builds the corpus data from articles of which some come from the cache: only the others are analysed. The index
 * is `savedIndex` when the cache holds one for exactly these articles (see listKey), else it is read again from
 * every article's text, cached ones unpacked. Step for step what buildCorpusDataSteps does for a fresh article,
 * so the result is the same as a build without a cache (cached-build.test.ts checks it).
 */
export function* cachedBuildSteps(
  sources: readonly ArticleSource[],
  lexicon: Lexicon,
  savedIndex: PassageIndexParts | null,
): Generator<void, CachedBuild> {
  const compiled = compileLexicon(lexicon);
  const builder = savedIndex === null ? createPassageIndexBuilder() : null;
  const share = createAnalysisSharer();
  const live: CachedArticle[] = [];
  for (const source of sources) {
    if ('cached' in source) {
      const { article, analysis } = source.cached;
      builder?.add({ ...article, paragraphs: unpackParagraphs(article.text) });
      share(article.id, analysis);
      live.push(source.cached);
    } else {
      builder?.add(source.article);
      const analysis = yield* analyzeArticleSteps(source.article, compiled);
      ownAnalysisText(analysis);
      share(source.article.id, analysis);
      live.push({ key: source.key, article: storeArticle(source.article), analysis });
    }
    yield;
  }
  const parts = savedIndex ?? (yield* builder!.finishPartsInSlices());
  const articles = live.map((a) => a.article);
  const facts = yield* corpusFactsSteps({ articles, analyses: live.map((a) => a.analysis), lexicon }, compiled);
  return { data: { ...facts, index: withArticles(parts, articles) }, live, parts };
}

/** What an index is saved under: the keys of the articles it was built over, in order. */
export function listKey(keys: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of keys) hash.update(key).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}
