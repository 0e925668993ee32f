import { analyzeArticleSteps, type ArticleAnalysis } from '../analysis/analyze-article';
import type { Article } from '../corpus/article';
import { storeArticle, type StoredArticle } from '../corpus/stored-article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import type { PassageIndexBuilder } from '../search/passage-index';

// Its own module because build workers run it and nothing else of the build: a worker loads only what it needs.

/** What reading articles into an index builder leaves: per article, as stored and analysed, in order. */
export interface ReadArticles {
  articles: StoredArticle[];
  analyses: ArticleAnalysis[];
}

/**
 * The per-article part of a build, nearly all of its cost: each article read into the index, analysed and packed
 * for storage (see ArticleText), in order, yielding after each paragraph and each article. Build workers run it over their share of the
 * archive (see src/build).
 */
export function* readArticlesSteps(
  articles: readonly Article[],
  lexicon: CompiledLexicon,
  indexBuilder: PassageIndexBuilder,
  /** Told after each article how many are read so far (progress on a build without workers). */
  onRead?: (count: number) => void,
): Generator<void, ReadArticles> {
  const read: ReadArticles = { articles: [], analyses: [] };
  for (const article of articles) {
    indexBuilder.add(article);
    read.analyses.push(yield* analyzeArticleSteps(article, lexicon));
    read.articles.push(storeArticle(article));
    onRead?.(read.articles.length);
    yield;
  }
  return read;
}
