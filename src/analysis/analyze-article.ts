import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSentence, type SentenceSources } from './attribute-sentence';
import { placeAttributions } from './attribution';
import { paragraphFigures } from './figures';
import type { Attribution, Figure } from './types';

const NO_SOURCES: SentenceSources = { attributions: [], anonymous: false };

export interface ArticleAnalysis {
  figures: Figure[];
  attributions: Attribution[];
}

/**
 * extractFigures and findAttributions in one pass: each sentence's sources are worked out once and serve both,
 * which matters when building the index of a large archive. Same results as calling the two separately.
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): ArticleAnalysis {
  const figures: Figure[] = [];
  const attributions: Attribution[] = [];
  // Plain loops and pushes: this runs for every sentence of the archive, and most sentences add nothing.
  for (const paragraph of article.paragraphs) {
    const sources: SentenceSources[] = [];
    for (let index = 0; index < paragraph.sentences.length; index++) {
      const found = attributeSentence(paragraph.sentences[index] ?? '', lexicon);
      sources.push(found);
      if (found.attributions.length === 0) continue;
      for (const a of placeAttributions(article.id, paragraph.number, index, found)) attributions.push(a);
    }
    for (const f of paragraphFigures(article.id, paragraph, lexicon, (i) => sources[i] ?? NO_SOURCES)) figures.push(f);
  }
  return { figures, attributions };
}
