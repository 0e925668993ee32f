import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { tokenKeys, tokenize } from '../text/tokenize';
import { wordKeys } from './word-keys';

describe('wordKeys', () => {
  it.each([
    'Soldaten', 'KCNA', 'Pjöngjang', 'Pjoengjang', 'Außenministerium', 'Quelle', 'Truppe', 'Israel', 'Boeing',
    'Nordkorea-Soldaten', 'US-Außenministerium', '11.000', '2024', 'Kim', "Kim's", 'İstanbul', 'Ελλάδα', 'ÄRZTE', 'Fuß',
  ])('gives %s the same keys as the full fold', (word) => {
    expect(wordKeys(word)).toEqual(tokenKeys(foldText(word)));
  });

  it('agrees with the full fold on every word of a German text', () => {
    const text = `Bislang hat Pjöngjang die Truppenentsendung zur Unterstützung Russlands geheim gehalten. Nun spricht
      Nordkoreas Militärführung von der erfolgreichen „Kursk-Befreiung“. Laut Südkoreas Geheimdienst NIS seien rund
      11.000 Soldaten entsandt worden; Queen Quelle Poesie Aeroflot OEM Bauer Steuer Zoe.`;
    for (const token of tokenize(text)) expect(wordKeys(token.original)).toEqual(tokenKeys(token.key));
  });
});
