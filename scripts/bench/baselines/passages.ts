import type { Article } from '../../../src/corpus/article';
import type { SuggestField } from '../../../src/engine/command';
import type { Lexicon } from '../../../src/lexicon/schema';

/** A paragraph as the obvious designs index it: whole text, one document per paragraph. */
export interface Passage {
  id: number;
  articleId: string;
  paragraph: number;
  text: string;
}

export function passagesOf(articles: Iterable<Article>): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const p of article.paragraphs) {
      passages.push({ id: passages.length, articleId: article.id, paragraph: p.number, text: p.text });
    }
  }
  return passages;
}

/**
 * What an autocomplete can offer per field: the obvious design matches the prefix against these names directly,
 * not against passages, so that is what the baselines do too.
 */
export function suggestCandidates(
  lexicon: Lexicon | null,
  articles: Iterable<Article>,
): Record<SuggestField, string[]> {
  return {
    topic: lexicon ? lexicon.topics.flatMap((t) => [t.label, ...t.names]) : [],
    source: lexicon ? lexicon.sources.flatMap((s) => [s.name, ...s.aliases]) : [],
    article: [...articles].flatMap((a) => [a.id, a.title]),
  };
}
