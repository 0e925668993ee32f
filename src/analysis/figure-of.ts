import type { Figure, NumberReading } from './types';

/** What a figure adds to the number it was read from. */
export type FigureContext = Omit<Figure, keyof NumberReading | 'increment'>;

/**
 * `{ ...reading, ...context }`, written out. The spread was the dearest step of reading an article's figures:
 * readings come in
 * four shapes (with or without `upper` and `qualifier`), and V8's copy of a spread source of varying shape takes a
 * slow generic path. Same properties in the same order as the spread, so a figure serialises exactly as before;
 * figure-of.test.ts holds it to the spread.
 */
export function figureOf(reading: NumberReading, context: FigureContext): Figure {
  const figure: Partial<Figure> = { value: reading.value };
  // Assigned one by one: `upper` and `qualifier` stand between `start` and `articleId` when present, as they did.
  figure.text = reading.text;
  figure.start = reading.start;
  if (reading.upper !== undefined) figure.upper = reading.upper;
  if (reading.qualifier !== undefined) figure.qualifier = reading.qualifier;
  figure.articleId = context.articleId;
  figure.paragraph = context.paragraph;
  figure.sentence = context.sentence;
  figure.counted = context.counted;
  figure.unit = context.unit;
  figure.measure = context.measure;
  figure.topics = context.topics;
  figure.source = context.source;
  return figure as Figure;
}
