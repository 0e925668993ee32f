import { describe, expect, it } from 'vitest';
import { readCountedNoun } from './counted-noun';

/** The counted noun after the number written as `number` in `sentence`. */
function countedAfter(sentence: string, number: string): string | null {
  const at = sentence.indexOf(number);
  if (at < 0) throw new Error(`${number} not in ${sentence}`);
  return readCountedNoun(sentence, at + number.length)?.text ?? null;
}

describe('readCountedNoun', () => {
  it.each([
    ['rund 11.000 Soldaten zur Unterstützung', '11.000', 'Soldaten'],
    ['etwa 10.000 nordkoreanische Soldaten nach Russland', '10.000', 'Soldaten'],
    ['mehr als acht Millionen Artillerie- und Raketengeschosse, was', 'Millionen', 'Artillerie- und Raketengeschosse'],
    ['rund 2000 US-Dollar pro Monat', '2000', 'US-Dollar'],
    ['11.000 bis 12.000 Nordkorea-Soldaten für', '12.000', 'Nordkorea-Soldaten'],
    ['3.000 weitere ausgebildete Soldaten', '3.000', 'Soldaten'],
    ['ein Plus von 50 % im Jahr', '50', '%'],
    ['über 10.000 überschreiten könnte.', '10.000', null],
    ['waren es 3000, sagte er', '3000', null],
    ['es waren 3000.', '3000', null],
    ['rund 500 Panzer- und', '500', 'Panzer'],
  ] as const)('%s', (sentence, number, counted) => {
    expect(countedAfter(sentence, number)).toBe(counted);
  });

  it('gives the offset of the counted noun in the sentence', () => {
    const sentence = 'rund 2000 US-Dollar pro Monat';
    const counted = readCountedNoun(sentence, 'rund 2000'.length);
    expect(counted && sentence.slice(counted.start, counted.start + counted.text.length)).toBe('US-Dollar');
  });
});
