import { paragraphCount } from '../../corpus/article-text';
import type { StoredArticle } from '../../corpus/stored-article';
import type { CorpusData } from '../corpus-data';
import type { Outcome } from '../engine';
import { citation, sentenceAt } from './citation';
import { MAX_RESULTS, MAX_SUGGESTIONS } from './limits';

/** `/article <id>`: the article's citation data and the first sentence of each paragraph. */
export function articleAnswer(data: CorpusData, query: string): Outcome {
  const id = query.trim();
  // Reporters type the short form of an id ("002"); a prefix that names exactly one article is that article.
  const exact = data.articles.get(id) ?? uniquePrefixMatch(data, id);
  const resolved = exact
    ? { match: 'exact' as const, items: [exact], suggestions: [] }
    : data.articleMatcher.resolve(query);
  const article = resolved.match === 'none' ? undefined : resolved.items[0];
  if (!article) {
    return {
      ok: true,
      answer: {
        command: 'article',
        query,
        matched: [],
        suggestions: resolved.suggestions.slice(0, MAX_SUGGESTIONS).map((a) => a.id),
        match: 'none',
        total: 0,
        results: [],
      },
    };
  }
  const paragraphs = paragraphCount(article.text);
  const results = [];
  for (let number = 1; number <= Math.min(paragraphs, MAX_RESULTS); number++) {
    const first = sentenceAt(article, number, 0);
    if (first !== null) results.push({ ...citation(article, number), snippet: first });
  }
  return {
    ok: true,
    answer: {
      command: 'article',
      query,
      matched: [article.id],
      suggestions: [],
      match: resolved.match,
      total: paragraphs,
      results,
    },
  };
}

function uniquePrefixMatch(data: CorpusData, prefix: string): StoredArticle | undefined {
  if (prefix.length === 0) return undefined;
  const candidates = data.articleMatcher.complete(prefix, 2).filter((a) => a.id.startsWith(prefix));
  return candidates.length === 1 ? candidates[0] : undefined;
}
