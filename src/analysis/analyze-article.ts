import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSurveyed, type SentenceSources } from './attribute-sentence';
import { placeAttributions } from './attribution';
import { paragraphFigures } from './figures';
import { surveySentence } from './may-attribute';
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
    // Each sentence's words are read once, for its sources and for whether it may state a number in words.
    const numberWords: boolean[] = [];
    for (let index = 0; index < paragraph.sentences.length; index++) {
      const sentence = paragraph.sentences[index] ?? '';
      const survey = surveySentence(sentence, lexicon);
      numberWords.push(survey.mayStateNumberWord);
      const found = attributeSurveyed(sentence, survey, lexicon);
      sources.push(found);
      if (found.attributions.length === 0) continue;
      for (const a of placeAttributions(article.id, paragraph.number, index, found)) attributions.push(a);
    }
    // The callbacks are written in place: tsx wraps a function stored in a variable in a naming call, per paragraph.
    for (const f of paragraphFigures(
      article.id,
      paragraph,
      lexicon,
      (i) => sources[i] ?? NO_SOURCES,
      (i) => numberWords[i] ?? true,
    )) {
      figures.push(f);
    }
  }
  return { figures, attributions };
}
