import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { tokenize } from '../text/tokenize';
import { foldWord } from './fold-word';

const ARTICLES = join(import.meta.dirname, '../../data/articles');

describe('foldWord folds exactly as foldText', () => {
  it.each([
    'Pjöngjang', 'Pjoengjang', 'Außenministerium', 'SÜDKOREA', 'Grüße', 'Quelle', 'aee', 'oee', 'uee', 'äe', 'Äe',
    'aoe', 'uae', 'oaee', 'Gerassimow', 'Nordkorea-Soldaten', '11.000', "Kim's", 'İstanbul', 'Ελλάδα', 'Москва', 'ﬁnal',
  ])('%s', (word) => {
    expect(foldWord(word, 0, word.length)).toBe(foldText(word));
  });

  it('agrees on every word of the bundled articles, read in place', () => {
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(ARTICLES, file), 'utf8');
      for (const token of tokenize(text)) expect(foldWord(text, token.start, token.end)).toBe(token.key);
    }
  });
});
