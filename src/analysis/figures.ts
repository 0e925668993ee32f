import type { Article, Paragraph } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { analyzeArticle } from './analyze-article';
import { readCountedNoun } from './counted-noun';
import { figureOf } from './figure-of';
import { figureTopics } from './figure-topics';
import { readGermanNumbers } from './german-numbers';
import { isIncrement } from './increment';
import { readMeasureNoun } from './measure-noun';
import type { Credit, ResolvedSentence } from './resolve-speakers';
import type { Figure } from './types';
import { unitOf } from './units';

/**
 * Every figure the article's reporting states, each tied to what it counts, its unit, its topics and the source
 * its own sentence credits. Headings are skipped: a number in a crosshead repeats the text below without its
 * context.
 */
export function extractFigures(article: Article, lexicon: CompiledLexicon): Figure[] {
  return analyzeArticle(article, lexicon).figures;
}

/**
 * The figures of one paragraph, with `resolved[i]` what its sentence `i` credits (see ArticleSpeakers), and
 * `numberWordsIn[i]` false when sentence `i` holds no number word (see surveySentence), so it is not looked for.
 */
export function paragraphFigures(
  articleId: string,
  paragraph: Paragraph,
  lexicon: CompiledLexicon,
  resolved: readonly ResolvedSentence[],
  numberWordsIn: readonly boolean[],
): Figure[] {
  const figures: Figure[] = [];
  if (paragraph.heading) return figures;
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index] ?? '';
    for (const reading of readGermanNumbers(sentence, numberWordsIn[index] ?? true)) {
      const counted = readCountedNoun(sentence, reading.start + reading.text.length);
      const unit = unitOf(counted?.text ?? null);
      const measure = unit !== 'count' || counted === null ? readMeasureNoun(sentence, reading.start) : null;
      const credit = figureCredit(resolved[index], reading.start);
      const figure = figureOf(reading, {
        articleId,
        paragraph: paragraph.number,
        sentence: index,
        counted: counted?.text ?? null,
        unit,
        measure: measure?.text ?? null,
        topics: figureTopics(sentence, reading.start, counted, lexicon),
        source: credit?.source ?? null,
      });
      if (credit) figure.sourceMention = credit.mention;
      // Set, not spread in: a conditional spread copies a throwaway object for every figure. Last either way.
      if (isIncrement(sentence, reading)) figure.increment = true;
      figures.push(figure);
    }
  }
  return figures;
}

/**
 * The credit a figure takes from its own sentence: a named origin before a quoted speaker, the nearest to the
 * number when several; an agency credit line credits the wire copy, not the number. A neighbouring sentence's
 * source is never lent: the same paragraph often sets one source's figure against another's.
 */
function figureCredit(resolved: ResolvedSentence | undefined, numberStart: number): Credit | null {
  if (!resolved || resolved.anonymous) return null;
  let origins = false;
  for (const c of resolved.credits) if (c.kind === 'origin') origins = true;
  let nearest: Credit | null = null;
  for (const c of resolved.credits) {
    if (c.kind === 'credited' || (origins && c.kind !== 'origin')) continue;
    if (nearest === null || Math.abs(c.start - numberStart) < Math.abs(nearest.start - numberStart)) nearest = c;
  }
  return nearest;
}
