import { foldText } from '../text/fold';

/** The units a figure can be stated in; `count` is a number of things (Soldaten, Asylanträge, Tote). */
export const UNITS = [
  'count',
  'percent',
  'percentage-points',
  'EUR',
  'USD',
  'CHF',
  'GBP',
  'other-currency',
  'km2',
  'km',
  'm',
  'ha',
  't',
  'kg',
  'l',
  'degC',
  'years',
  'months',
  'days',
  'hours',
  'minutes',
  'points',
] as const;

export type Unit = (typeof UNITS)[number];

/* Folded unit words and symbols. Data, not logic: a unit missing here counts as a thing. */
const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ...pairs('percent', ['%', 'prozent', 'percent']),
  ...pairs('percentage-points', ['prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'pp']),
  ...pairs('EUR', ['€', 'euro', 'eur', 'euros', 'cent']),
  ...pairs('USD', ['$', 'dollar', 'us-dollar', 'usd', 'dollars']),
  ...pairs('CHF', ['franken', 'chf', 'schweizer franken']),
  ...pairs('GBP', ['£', 'pfund', 'gbp', 'britische pfund']),
  ...pairs('other-currency', [
    'yen',
    'yuan',
    'renminbi',
    'rubel',
    'kronen',
    'krone',
    'zloty',
    'lira',
    'rupien',
    'rupie',
    'won',
    'hrywnja',
    'griwna',
    'forint',
    'dinar',
    'real',
    'peso',
    'pesos',
    'rand',
    'lei',
    'schilling',
  ]),
  ...pairs('km2', ['quadratkilometer', 'quadratkilometern', 'km²', 'km2']),
  ...pairs('km', ['kilometer', 'kilometern', 'km', 'km/h']),
  ...pairs('m', ['meter', 'metern', 'm', 'zentimeter', 'cm', 'millimeter', 'mm']),
  ...pairs('ha', ['hektar', 'ha']),
  ...pairs('t', ['tonnen', 'tonne', 't']),
  ...pairs('kg', ['kilogramm', 'kilo', 'kg', 'gramm', 'g']),
  ...pairs('l', ['liter', 'litern', 'l', 'hektoliter', 'barrel']),
  ...pairs('degC', ['grad', '°c', '°', 'grad celsius']),
  ...pairs('years', ['jahr', 'jahre', 'jahren', 'lebensjahr', 'lebensjahre']),
  ...pairs('months', ['monat', 'monate', 'monaten']),
  ...pairs('days', ['tag', 'tage', 'tagen']),
  ...pairs('hours', ['stunde', 'stunden']),
  ...pairs('minutes', ['minute', 'minuten', 'sekunden']),
  ...pairs('points', ['punkte', 'punkten', 'indexpunkte', 'zahler']),
]);

function pairs(unit: Unit, words: readonly string[]): [string, Unit][] {
  return words.map((word) => [word, unit]);
}

/** The unit of a figure from the word after its number ("Prozent", "Euro", "%"); a thing counted, or nothing, is a count. */
export function unitOf(counted: string | null): Unit {
  if (counted === null) return 'count';
  return UNIT_WORDS.get(foldText(counted)) ?? 'count';
}

/** How a unit reads after a number, in the desk's language. */
export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
  count: '',
  percent: '%',
  'percentage-points': 'Prozentpunkte',
  EUR: '€',
  USD: '$',
  CHF: 'CHF',
  GBP: '£',
  'other-currency': '(Währung)',
  km2: 'km²',
  km: 'km',
  m: 'm',
  ha: 'ha',
  t: 't',
  kg: 'kg',
  l: 'l',
  degC: '°C',
  years: 'Jahre',
  months: 'Monate',
  days: 'Tage',
  hours: 'Stunden',
  minutes: 'Minuten',
  points: 'Punkte',
};
