import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { analyzeArticle } from './analyze-article';
import type { Attribution } from './types';

/**
 * Every sentence of the article in which a source is quoted, named as the origin of information, or credited,
 * one entry per source and sentence (see ArticleSpeakers for the rule).
 */
export function findAttributions(article: Article, lexicon: CompiledLexicon): Attribution[] {
  return analyzeArticle(article, lexicon).attributions;
}
