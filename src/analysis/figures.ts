import type { Article, Paragraph } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSentence, type SentenceAttribution, type SentenceSources } from './attribute-sentence';
import { readCountedNoun } from './counted-noun';
import { figureOf } from './figure-of';
import { figureTopics } from './figure-topics';
import { readGermanNumbers } from './german-numbers';
import { isIncrement } from './increment';
import type { Figure } from './types';

/**
 * Every figure the article's reporting states, each tied to what it counts, its topics and the source credited
 * for it. Headings are skipped: a number in a crosshead repeats the text below without its context.
 */
export function extractFigures(article: Article, lexicon: CompiledLexicon): Figure[] {
  return article.paragraphs.flatMap((paragraph) => {
    // Sources are only worked out for paragraphs that state a figure, and then once per sentence.
    const known: (SentenceSources | undefined)[] = [];
    const sourcesOf = (i: number): SentenceSources =>
      (known[i] ??= attributeSentence(paragraph.sentences[i] ?? '', lexicon));
    return paragraphFigures(article.id, paragraph, lexicon, sourcesOf);
  });
}

/**
 * The figures of one paragraph, with `sourcesOf(i)` giving what its sentence `i` cites (see attributeSentence), and
 * `numberWordsIn(i)` false when sentence `i` holds no number word (see surveySentence), so it is not looked for.
 */
export function paragraphFigures(
  articleId: string,
  paragraph: Paragraph,
  lexicon: CompiledLexicon,
  sourcesOf: (sentence: number) => SentenceSources,
  numberWordsIn: (sentence: number) => boolean = () => true,
): Figure[] {
  const figures: Figure[] = [];
  if (paragraph.heading) return figures;
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index] ?? '';
    for (const reading of readGermanNumbers(sentence, numberWordsIn(index))) {
      const counted = readCountedNoun(sentence, reading.start + reading.text.length);
      const figure = figureOf(reading, {
        articleId,
        paragraph: paragraph.number,
        sentence: index,
        counted: counted?.text ?? null,
        topics: figureTopics(sentence, reading.start, counted, lexicon),
        source: figureSource(paragraph, index, reading.start, sourcesOf),
      });
      // Set, not spread in: a conditional spread copies a throwaway object for every figure. Last either way.
      if (isIncrement(sentence, reading)) figure.increment = true;
      figures.push(figure);
    }
  }
  return figures;
}

/**
 * The source a figure is credited to: the one its own sentence cites (a named origin before a quoted speaker,
 * the nearest to the number when several), else the nearest sentence of the paragraph that cites one, earlier
 * sentences first. A sentence citing unnamed reports ("Berichten zufolge") stops the search: its figure has no
 * source, and borrowing one from a neighbouring sentence would invent it.
 */
function figureSource(
  paragraph: Paragraph,
  index: number,
  numberStart: number,
  sourcesOf: (i: number) => SentenceSources,
): string | null {
  const own = citedSource(sourcesOf(index), numberStart);
  if (own !== undefined) return own;
  const count = paragraph.sentences.length;
  for (let distance = 1; distance < count; distance++) {
    // At each distance the earlier sentence, then the later one. Written out rather than looping over a pair,
    // which made an array for every step of every figure's search.
    if (index - distance >= 0) {
      const near = citedSource(sourcesOf(index - distance), null);
      if (near !== undefined) return near;
    }
    if (index + distance < count) {
      const near = citedSource(sourcesOf(index + distance), null);
      if (near !== undefined) return near;
    }
  }
  return null;
}

/** A source id, null for "explicitly unnamed", undefined for "this sentence says nothing about origin". */
function citedSource(sources: SentenceSources, near: number | null): string | null | undefined {
  // A credit line credits the whole article's wire copy, not this particular number. Named origins come before
  // quoted speakers: the pool is the origins when there are any, else every source that is not a credit. Two
  // passes over the few attributions rather than filtered copies, since this runs for each figure and neighbour.
  let named = false;
  let origins = false;
  for (const a of sources.attributions) {
    if (a.kind === 'origin') origins = true;
    if (a.kind !== 'credited') named = true;
  }
  if (!named) return sources.anonymous ? null : undefined;
  let nearest: SentenceAttribution | undefined;
  for (const a of sources.attributions) {
    if (a.kind === 'credited' || (origins && a.kind !== 'origin')) continue;
    if (near === null) return a.source;
    // The first of equally near ones.
    if (nearest === undefined || Math.abs(a.start - near) < Math.abs(nearest.start - near)) nearest = a;
  }
  return nearest?.source;
}
