import type { NumberReading } from './types';
import { wordBefore } from './word-before';

// "weitere 3.000 Soldaten", "zusätzlich 500": the qualifier itself says the number adds to an earlier one.
const INCREMENT_QUALIFIERS = new Set([
  'weitere',
  'weiteren',
  'weiterer',
  'weiteres',
  'zusätzliche',
  'zusätzlichen',
  'zusätzlich',
  'nochmals',
  'erneut',
]);
// "eine weitere Verstärkung um 3.000 Soldaten", "um 2.000 erhöht": "um" before a number means "by" when a word of
// change stands just before it (elsewhere "um 3.000" is read as a plain number, never as "about").
const CHANGE_WORDS = new Set([
  'verstärkung',
  'aufstockung',
  'erhöhung',
  'anstieg',
  'zuwachs',
  'erhöht',
  'erhöhte',
  'verstärkt',
  'aufgestockt',
  'gestiegen',
  'gewachsen',
  'zusätzlich',
  'weitere',
  'weiteren',
]);
const CHANGE_LOOKBACK = 3;

/**
 * Whether a figure adds to an earlier total rather than stating one: a reporter comparing sources must not set
 * "weitere 3.000 Soldaten" against "rund 11.000 Soldaten" as if they disagreed.
 */
export function isIncrement(sentence: string, reading: NumberReading): boolean {
  const qualifiers = reading.qualifier?.toLowerCase().split(/\s+/) ?? [];
  if (qualifiers.some((word) => INCREMENT_QUALIFIERS.has(word))) return true;
  const before = wordBefore(sentence, reading.start);
  if (before?.word !== 'um') return false;
  let at = before.start;
  for (let i = 0; i < CHANGE_LOOKBACK; i++) {
    const word = wordBefore(sentence, at);
    if (!word) return false;
    if (CHANGE_WORDS.has(word.word)) return true;
    at = word.start;
  }
  return false;
}
