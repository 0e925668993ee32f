const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Only full dates: a day and month without a year ("28. April") is never completed by guessing the year.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u;
const NAMED_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const FOUR_DIGITS = /\d{4}/;

/** A full calendar date stated in `text` (`28. April, 2025`, `28.04.2025`, `28. April 2025`, `2025-04-28`) as ISO. */
export function findFullDate(text: string): string | null {
  // Every form has a four-digit year; most lines have none, and one scan for it is cheaper than three patterns.
  if (!FOUR_DIGITS.test(text)) return null;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = NAMED_DATE.exec(text);
  if (named) return isoDate(Number(named[3]), MONTHS[(named[2] ?? '').toLowerCase()] ?? 0, Number(named[1]));
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

// What a header date line may say besides the date itself: "Stand: Montag, 28.04.2025, 10:14 Uhr".
const DATELINE_WORDS =
  /\b(?:stand|veröffentlicht|aktualisiert|zuletzt|erstellt|publiziert|datum|am|um|vom|uhr|mez|mesz|lesezeit|\d+\s*min(?:\.|uten)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/giu;

/**
 * A short line that states nothing but a date (and perhaps a time and a label such as "Stand:"), i.e. page
 * metadata rather than reporting. Returns the ISO date, or null when the line is anything else.
 */
export function datelineDate(line: string): string | null {
  const text = line.trim();
  if (text.length > 100) return null;
  const date = findFullDate(text);
  if (date === null) return null;
  const rest = text
    .replace(NUMERIC_DATE, ' ')
    .replace(NAMED_DATE, ' ')
    .replace(ISO_DATE, ' ')
    .replace(/(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/gu, ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/[\s,.:|/–-]+/gu, '');
  return rest === '' ? date : null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31.02. rolls over into March: not a real date
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
