import type { Article } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { paragraphFigures } from './figures';
import { surveySentence } from './may-attribute';
import { ArticleSpeakers, type ResolvedSentence } from './resolve-speakers';
import { runToEnd } from '../steps/run-steps';
import type { Attribution, Figure } from './types';

export interface ArticleAnalysis {
  figures: Figure[];
  attributions: Attribution[];
}

/**
 * Every figure and every credited sentence of an article, in one pass in reading order: who a sentence credits
 * depends on what the sentences before it said (a surname, a role, a pronoun, reported speech carrying on), and a
 * figure's source is its own sentence's.
 */
export function analyzeArticle(article: Article, lexicon: CompiledLexicon): ArticleAnalysis {
  return runToEnd(analyzeArticleSteps(article, lexicon));
}

/**
 * analyzeArticle step by step, yielding after each paragraph: a sliced build (a reload beside a serving bot) gives
 * the event loop a turn within a long article too, not only between articles.
 */
export function* analyzeArticleSteps(article: Article, lexicon: CompiledLexicon): Generator<void, ArticleAnalysis> {
  const figures: Figure[] = [];
  const attributions: Attribution[] = [];
  const speakers = new ArticleSpeakers(lexicon);
  for (const paragraph of article.paragraphs) {
    const resolved: ResolvedSentence[] = [];
    const numberWords: boolean[] = [];
    for (let index = 0; index < paragraph.sentences.length; index++) {
      const sentence = paragraph.sentences[index] ?? '';
      const survey = surveySentence(sentence, lexicon);
      numberWords.push(survey.mayStateNumberWord);
      const found = speakers.read(sentence, survey);
      resolved.push(found);
      for (const credit of found.credits) {
        const attribution: Attribution = {
          articleId: article.id,
          paragraph: paragraph.number,
          sentence: index,
          source: credit.source,
          name: credit.name,
          mention: credit.mention,
          kind: credit.kind,
        };
        if (credit.via !== null) attribution.via = credit.via;
        if (credit.about !== null) attribution.about = credit.about;
        if (credit.person) attribution.person = true;
        attributions.push(attribution);
      }
    }
    for (const f of paragraphFigures(article.id, paragraph, lexicon, resolved, numberWords)) figures.push(f);
    yield;
  }
  return { figures, attributions };
}
