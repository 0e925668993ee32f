import { describe, expect, it } from 'vitest';
import { readGermanNumbers } from './german-numbers';
import { isIncrement } from './increment';

describe('isIncrement', () => {
  it.each([
    ['Nordkorea soll weitere 3.000 Soldaten entsandt haben.', true],
    ['gefolgt von einer weiteren Verstärkung um 3.000 Soldaten', true],
    ['Die Zahl wurde um 2.000 erhöht.', false],
    ['Die Truppe wurde erhöht um 2.000 Mann.', true],
    ['zusätzlich 500 Soldaten', true],
    ['rund 11.000 Soldaten', false],
    ['um die 3000 Soldaten', false],
    ['Um 3000 Soldaten zu versorgen, braucht es Munition.', false],
  ] as const)('%s → %s', (sentence, expected) => {
    const [reading] = readGermanNumbers(sentence);
    if (!reading) throw new Error(`no number read in ${sentence}`);
    expect(isIncrement(sentence, reading)).toBe(expected);
  });
});
