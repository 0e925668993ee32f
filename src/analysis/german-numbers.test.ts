import { describe, expect, it } from 'vitest';
import { readGermanNumbers } from './german-numbers';
import { parseNumberWord } from './number-words';

type Expected = { value: number; upper?: number; qualifier?: string; text: string };

// Each row: a sentence and every figure a reader should take from it, in order.
const FIGURE_ROWS: [string, Expected[]][] = [
  ['hat Nordkorea rund 11.000 Soldaten entsandt', [{ value: 11000, qualifier: 'rund', text: 'rund 11.000' }]],
  ['etwa 8000 nordkoreanische Soldaten', [{ value: 8000, qualifier: 'etwa', text: 'etwa 8000' }]],
  ['weitere 3.000 Soldaten entsandt', [{ value: 3000, qualifier: 'weitere', text: 'weitere 3.000' }]],
  ['Rund 4.000 Verluste', [{ value: 4000, qualifier: 'Rund', text: 'Rund 4.000' }]],
  ['insgesamt rund 12.000 Soldaten', [{ value: 12000, qualifier: 'insgesamt rund', text: 'insgesamt rund 12.000' }]],
  [
    'rund 11.000 bis 12.000 Nordkorea-Soldaten',
    [{ value: 11000, upper: 12000, qualifier: 'rund', text: 'rund 11.000 bis 12.000' }],
  ],
  ['11.000-12.000 Soldaten', [{ value: 11000, upper: 12000, text: '11.000-12.000' }]],
  ['11.000 – 12.000 Soldaten', [{ value: 11000, upper: 12000, text: '11.000 – 12.000' }]],
  [
    'zwischen 11.000 und 12.000 Soldaten',
    [{ value: 11000, upper: 12000, qualifier: 'zwischen', text: 'zwischen 11.000 und 12.000' }],
  ],
  ['2,5 Millionen Granaten', [{ value: 2_500_000, text: '2,5 Millionen' }]],
  ['4,1 Mio. Euro', [{ value: 4_100_000, text: '4,1 Mio.' }]],
  [
    'mehr als acht Millionen Artillerie- und Raketengeschosse',
    [{ value: 8_000_000, qualifier: 'mehr als', text: 'mehr als acht Millionen' }],
  ],
  ['zwei bis drei Millionen Geschosse', [{ value: 2_000_000, upper: 3_000_000, text: 'zwei bis drei Millionen' }]],
  ['eine Milliarde Dollar', [{ value: 1e9, text: 'eine Milliarde' }]],
  ['zwei Dutzend Panzer', [{ value: 24, text: 'zwei Dutzend' }]],
  ['ein Dutzend Drohnen', [{ value: 12, text: 'ein Dutzend' }]],
  ['dreitausend Mann', [{ value: 3000, text: 'dreitausend' }]],
  ['zwölf Raketen', [{ value: 12, text: 'zwölf' }]],
  ['einundzwanzig Tote', [{ value: 21, text: 'einundzwanzig' }]],
  ['dreißig Verletzte', [{ value: 30, text: 'dreißig' }]],
  ['hundert Gefangene', [{ value: 100, text: 'hundert' }]],
  ['zweihunderttausend Schuss', [{ value: 200_000, text: 'zweihunderttausend' }]],
  ['über 10.000 überschreiten könnte', [{ value: 10000, qualifier: 'über', text: 'über 10.000' }]],
  ['bis zu 5.000 Soldaten', [{ value: 5000, qualifier: 'bis zu', text: 'bis zu 5.000' }]],
  ['ca. 300 Soldaten', [{ value: 300, qualifier: 'ca.', text: 'ca. 300' }]],
  ['knapp 900 Soldaten', [{ value: 900, qualifier: 'knapp', text: 'knapp 900' }]],
  ['fast 1.500 Tote', [{ value: 1500, qualifier: 'fast', text: 'fast 1.500' }]],
  ['mindestens 40 Tote', [{ value: 40, qualifier: 'mindestens', text: 'mindestens 40' }]],
  ['um die 3000 Soldaten', [{ value: 3000, qualifier: 'um die', text: 'um die 3000' }]],
  ['umgerechnet rund 2000 US-Dollar pro Monat', [{ value: 2000, qualifier: 'rund', text: 'rund 2000' }]],
  ['2000 US-Dollar pro Monat', [{ value: 2000, text: '2000' }]],
  ['Verstärkung um 3.000 Soldaten', [{ value: 3000, text: '3.000' }]],
  ['1.000.000 Schuss', [{ value: 1_000_000, text: '1.000.000' }]],
  ['Die Verluste lagen bei rund 4.000.', [{ value: 4000, qualifier: 'rund', text: 'rund 4.000' }]],
  ['50 Prozent', [{ value: 50, text: '50' }]],
  [
    'im Herbst des Jahres 2024 insgesamt etwa 11.000 Soldaten',
    [{ value: 11000, qualifier: 'insgesamt etwa', text: 'insgesamt etwa 11.000' }],
  ],
  [
    'seit August 2022 mehr als acht Millionen',
    [{ value: 8_000_000, qualifier: 'mehr als', text: 'mehr als acht Millionen' }],
  ],
  [
    '10.000 Soldaten und 500 Panzer',
    [
      { value: 10000, text: '10.000' },
      { value: 500, text: '500' },
    ],
  ],
];

// Sentences that state no figure at all.
const NO_FIGURE_ROWS: string[] = [
  'seit August 2022',
  'im Herbst des Jahres 2024',
  'Südkorea ist seit dem Koreakrieg (1950 bis 1953) mit seinem nördlichen Nachbarn verfeindet.',
  'an diesem Dienstag (5. November) in einem Interview',
  '28. April, 2025',
  '1. Startseite',
  '2. Politik',
  'um 14:30 Uhr',
  'um 14.30 Uhr',
  'um 9 Uhr',
  'am 5.11.2024',
  '© Screenshot X@AndySch64494719',
  'Kampfjets vom Typ Su-34 und F-16',
  'die G7 und die G20',
  'Resolution 2231 des Sicherheitsrats',
  'Tausende nordkoreanische Soldaten',
  'Mehrere tausend Soldaten sollen sich aufhalten',
  'einige hundert Soldaten',
  'Dutzende Drohnen',
  'Zehntausende Menschen',
  'Hunderte Tote',
  'ein Soldat und eine Einheit',
  'Im Jahr 2023 kämpften sie',
  'Ende 2024 wurde bekannt',
  'Die Einheit der Achtung',
];

describe('readGermanNumbers reads figures', () => {
  it.each(FIGURE_ROWS)('%s', (sentence, expected) => {
    const readings = readGermanNumbers(sentence);
    expect(readings.map(({ value, upper, qualifier, text }) => ({ value, upper, qualifier, text }))).toEqual(
      expected.map((e) => ({ upper: undefined, qualifier: undefined, ...e })),
    );
  });

  it.each(FIGURE_ROWS)('reads "%s" verbatim, at its offset', (sentence) => {
    for (const reading of readGermanNumbers(sentence)) {
      expect(sentence.slice(reading.start, reading.start + reading.text.length)).toBe(reading.text);
    }
  });
});

describe('readGermanNumbers does not turn places in time, labels or vague amounts into figures', () => {
  it.each(NO_FIGURE_ROWS)('%s', (sentence) => {
    expect(readGermanNumbers(sentence)).toEqual([]);
  });

  it('keeps the year out and the count in when both appear', () => {
    const readings = readGermanNumbers(
      'Berichten zufolge liefert Nordkorea seit August 2022 mehr als acht Millionen Artillerie- und Raketengeschosse.',
    );
    expect(readings.map((r) => r.value)).toEqual([8_000_000]);
  });

  it('reads the count next to a date', () => {
    const readings = readGermanNumbers('Am 5. November meldete Kiew 3.000 Soldaten.');
    expect(readings.map((r) => r.text)).toEqual(['3.000']);
  });
});

describe('parseNumberWord', () => {
  it.each([
    ['eins', 1],
    ['zwei', 2],
    ['fünf', 5],
    ['fuenf', 5],
    ['elf', 11],
    ['zwölf', 12],
    ['sechzehn', 16],
    ['siebzehn', 17],
    ['zwanzig', 20],
    ['dreißig', 30],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['einhundert', 100],
    ['dreihundertzwölf', 312],
    ['tausend', 1000],
    ['eintausend', 1000],
    ['dreitausend', 3000],
    ['zweitausendfünfhundert', 2500],
    ['zwölftausend', 12000],
    ['anderthalb', 1.5],
  ] as const)('%s → %d', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it.each(['Tausende', 'Hunderte', 'Einheit', 'Achtung', 'zweiten', 'ein', 'Fundament', 'elfte'])(
    '%s is no number',
    (word) => {
      expect(parseNumberWord(word)).toBeNull();
    },
  );
});
