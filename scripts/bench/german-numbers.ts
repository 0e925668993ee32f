import type { Rng } from './prng';

/**
 * Numbers as German newsrooms write them, because the figure reader has to cope with all of these at once:
 * "11.000" (dot groups), "8000" (no group under 10.000, common), "1,5 Millionen" (decimal comma), number words
 * ("acht Millionen", "zwölf"), ranges ("11.000 bis 12.000") and qualifiers ("rund", "mehr als").
 */

const SMALL_WORDS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const QUALIFIERS = ['rund', 'etwa', 'mehr als', 'über', 'bis zu', 'weitere', 'knapp', 'fast', 'mindestens', 'zirka'];

/** Groups thousands with dots; numbers under 10.000 are written with or without the dot, as newsrooms do. */
export function formatGermanInteger(value: number, rng: Rng): string {
  const plain = String(Math.round(value));
  if (value < 1000 || (value < 10_000 && rng.chance(0.5))) return plain;
  return plain.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A round-looking quantity, the kind reported for troops, losses, shells or money. */
function roundQuantity(rng: Rng): number {
  const magnitude = rng.pick([100, 1000, 1000, 1000, 10_000, 100_000]);
  return rng.int(1, 19) * magnitude * (rng.chance(0.2) ? 1.5 : 1);
}

/** A quantity as text: digits, a number word, or "Millionen" in words or with a decimal comma. */
export function quantityText(rng: Rng): string {
  const style = rng.int(0, 9);
  if (style === 0) return rng.pick(SMALL_WORDS);
  if (style === 1) return `${rng.pick(SMALL_WORDS)} Millionen`;
  if (style === 2) return `${rng.int(1, 9)},${rng.int(1, 9)} Millionen`;
  if (style === 3) {
    const low = rng.int(2, 15) * 1000;
    const high = low + rng.int(1, 4) * 1000;
    return `${formatGermanInteger(low, rng)} bis ${formatGermanInteger(high, rng)}`;
  }
  return formatGermanInteger(roundQuantity(rng), rng);
}

/** "rund 11.000 Soldaten", "mehr als acht Millionen Geschosse", "2000 US-Dollar". */
export function figurePhrase(counted: string, rng: Rng): string {
  const qualifier = rng.chance(0.6) ? `${rng.pick(QUALIFIERS)} ` : '';
  return `${qualifier}${quantityText(rng)} ${counted}`;
}

/** A German long date, "5. November 2024", for datelines and the text. */
export function germanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ];
  return `${day}. ${months[(month ?? 1) - 1]} ${year}`;
}
