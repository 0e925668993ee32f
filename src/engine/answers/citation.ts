import type { ArticleHeader } from '../../corpus/article';
import { sentenceText } from '../../corpus/article-text';
import type { StoredArticle } from '../../corpus/stored-article';
import type { AnswerResult } from '../answer';

/** The citation part of a result; every result of every command carries it. */
export function citation(article: ArticleHeader, paragraph: number): Omit<AnswerResult, 'snippet'> {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    paragraph,
  };
}

/** The verbatim sentence a result shows. Returns null if the reference does not exist (never made up). */
export function sentenceAt(article: StoredArticle, paragraph: number, sentence: number): string | null {
  return sentenceText(article.text, paragraph - 1, sentence);
}
