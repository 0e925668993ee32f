import type { Article, Paragraph } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { attributeSentence, type SentenceSources } from './attribute-sentence';
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

/** The figures of one paragraph, with `sourcesOf(i)` giving what its sentence `i` cites (see attributeSentence). */
export function paragraphFigures(
  articleId: string,
  paragraph: Paragraph,
  lexicon: CompiledLexicon,
  sourcesOf: (sentence: number) => SentenceSources,
): Figure[] {
  const figures: Figure[] = [];
  if (paragraph.heading) return figures;
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index] ?? '';
    for (const reading of readGermanNumbers(sentence)) {
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
  for (let distance = 1; distance < paragraph.sentences.length; distance++) {
    for (const i of [index - distance, index + distance]) {
      if (i < 0 || i >= paragraph.sentences.length) continue;
      const near = citedSource(sourcesOf(i), null);
      if (near !== undefined) return near;
    }
  }
  return null;
}

/** A source id, null for "explicitly unnamed", undefined for "this sentence says nothing about origin". */
function citedSource(sources: SentenceSources, near: number | null): string | null | undefined {
  // A credit line credits the whole article's wire copy, not this particular number.
  const named = sources.attributions.filter((a) => a.kind !== 'credited');
  const origins = named.filter((a) => a.kind === 'origin');
  const pool = origins.length > 0 ? origins : named;
  if (pool.length === 0) return sources.anonymous ? null : undefined;
  if (near === null) return pool[0]?.source;
  const nearest = pool.reduce((best, a) => (Math.abs(a.start - near) < Math.abs(best.start - near) ? a : best));
  return nearest.source;
}
