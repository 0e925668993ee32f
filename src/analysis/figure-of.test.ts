import { describe, expect, it } from 'vitest';
import { figureOf, type FigureContext } from './figure-of';
import { readGermanNumbers } from './german-numbers';
import type { NumberReading } from './types';

const context: FigureContext = {
  articleId: 'a1',
  paragraph: 2,
  sentence: 0,
  counted: 'Soldaten',
  unit: 'count',
  measure: null,
  topics: ['troops'],
  source: null,
};

describe('figureOf', () => {
  // Readings as readGermanNumbers makes them, in each of their shapes: the order of their properties is what a
  // figure must keep.
  it.each([
    'Nordkorea entsandte 11.000 Soldaten.',
    'Nordkorea entsandte rund 11.000 Soldaten.',
    'Nordkorea entsandte 11.000 bis 12.000 Soldaten.',
    'Nordkorea entsandte etwa zwei bis drei Millionen Geschosse.',
  ])('has the same properties in the same order as spreading the reading: %s', (sentence) => {
    const [reading] = readGermanNumbers(sentence);
    if (!reading) throw new Error(`no number read in ${sentence}`);
    const figure = figureOf(reading, context);
    const spread = { ...reading, ...context };
    expect(Object.keys(figure)).toEqual(Object.keys(spread));
    expect(JSON.stringify(figure)).toBe(JSON.stringify(spread));
  });

  it('leaves the reading and the context untouched', () => {
    const reading: NumberReading = { value: 5, text: 'fünf', start: 0 };
    figureOf(reading, context);
    expect(Object.keys(reading)).toEqual(['value', 'text', 'start']);
    expect(context.topics).toEqual(['troops']);
  });
});
