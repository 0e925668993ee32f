import type { Article, ArticleHeader } from './article';
import { packArticleText, unpackParagraphs, type ArticleText } from './article-text';

/**
 * An article as the corpus in service keeps it, once analysed and indexed: its header and its text packed (see
 * ArticleText). Answers read sentences from it by paragraph position and sentence number.
 */
export interface StoredArticle extends ArticleHeader {
  text: ArticleText;
}

export function storeArticle(article: Article): StoredArticle {
  return {
    id: article.id,
    title: article.title,
    ...(article.standfirst !== undefined && { standfirst: article.standfirst }),
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    language: article.language,
    contentHash: article.contentHash,
    text: packArticleText(article.paragraphs),
  };
}

/** The article a stored one was made from, its paragraphs unpacked again: to read it into an index once more. */
export function unstoreArticle(article: StoredArticle): Article {
  return { ...article, paragraphs: unpackParagraphs(article.text) };
}
