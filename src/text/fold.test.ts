import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { tokenKeys, tokenize } from './tokenize';

describe('foldText', () => {
  it.each([
    ['Pjöngjang', 'Pjongjang'],
    ['Pjoengjang', 'Pjöngjang'],
    ['Außenministerium', 'aussenministerium'],
    ['SÜDKOREA', 'suedkorea'],
    ['Grüße', 'Gruesse'],
  ])('%s and %s fold to the same key', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  it('keeps different words apart', () => {
    expect(foldText('Soldaten')).not.toBe(foldText('Truppen'));
  });
});

describe('tokenize', () => {
  it('keeps compounds and German numbers whole, with offsets into the original', () => {
    const text = 'rund 11.000 Nordkorea-Soldaten in Kursk';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.original)).toEqual(['rund', '11.000', 'Nordkorea-Soldaten', 'in', 'Kursk']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.original);
  });

  it('indexes a hyphenated compound as a whole and by its parts', () => {
    expect(tokenKeys('nordkorea-soldaten')).toEqual(['nordkoreasoldaten', 'nordkorea', 'soldaten']);
    expect(tokenKeys('11.000')).toEqual(['11.000']);
    expect(tokenKeys('kursk')).toEqual(['kursk']);
  });
});
