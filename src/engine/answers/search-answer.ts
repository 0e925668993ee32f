import { searchPassages } from '../../search/search-passages';
import type { AnswerResult } from '../answer';
import type { CorpusData } from '../corpus-data';
import type { Outcome } from '../engine';
import { citation, sentenceAt } from './citation';
import { MAX_SEARCH_RESULTS } from './limits';

/** `/search <text>`: best passages first; each shows the paragraph's best-matching sentence, verbatim. */
export function searchAnswer(data: CorpusData, query: string): Outcome {
  const found = searchPassages(data.index, query, MAX_SEARCH_RESULTS);
  const results: AnswerResult[] = [];
  for (const hit of found.hits) {
    const article = data.articles.get(hit.articleId);
    // Paragraph 0 is the headline or the standfirst: cited as such, never as a paragraph of the text.
    const snippet =
      article &&
      (hit.standfirst
        ? article.standfirst
        : hit.paragraph === 0
          ? article.title
          : sentenceAt(article, hit.paragraph, hit.sentence));
    if (!article || !snippet) continue;
    results.push({
      ...citation(article, hit.paragraph),
      ...(hit.standfirst && { standfirst: true as const }),
      snippet,
    });
  }
  const matched = [...new Set(found.words.flatMap((w) => w.matched))];
  const fuzzy = found.words.some((w) => w.fuzzy && w.matched.length > 0);
  return {
    ok: true,
    answer: {
      command: 'search',
      query,
      matched,
      suggestions: [],
      match: results.length === 0 ? 'none' : fuzzy ? 'fuzzy' : 'exact',
      total: found.total ?? results.length,
      results,
    },
  };
}
