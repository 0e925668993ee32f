import type { Locale } from './locale';

/*
 * Numbers and dates as each language writes them, through Intl. English keeps US grouping ("8,000"); German groups
 * with a point and writes decimals with a comma ("8.000", "1,5"), so a German reader never takes 8,000 for eight.
 */
const NUMBER: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
};

export function formatNumber(value: number, locale: Locale = 'en'): string {
  return NUMBER[locale].format(value);
}

/** "11,000" or "11,000–12,000"; "11.000–12.000" in German. */
export function formatRange(value: number, upper: number | undefined, locale: Locale = 'en'): string {
  return upper === undefined
    ? formatNumber(value, locale)
    : `${formatNumber(value, locale)}–${formatNumber(upper, locale)}`;
}

/** A decimal with exactly `digits` places and no grouping: "1.25" / "1,25" (durations, "1.25 s"). */
export function formatFixed(value: number, digits: number, locale: Locale): string {
  const tag = locale === 'de' ? 'de-DE' : 'en-US';
  return new Intl.NumberFormat(tag, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

const INTL_TAG: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

/** A moment with weekday and time in a time zone: "Sun, 6 Dec 2026, 08:00", "So., 6. Dez. 2026, 08:00". */
export function formatMoment(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * An article's publication date as a reader of the language expects it: German "Sa., 6. Dez. 2026". English keeps
 * the date as the data gives it (2026-12-06), as answers always have. A date Intl cannot read is shown as given.
 */
export function formatPublished(published: string, locale: Locale): string {
  if (locale === 'en') return published;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published.slice(0, 10));
  if (!day) return published;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(date.getTime())) return published;
  return GERMAN_DAY.format(date);
}

// Made once: a digest of a large archive dates tens of thousands of articles, and a formatter costs far more to
// make than to use.
const GERMAN_DAY = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** A whole percentage as the language writes it: "63%", "63 %". `ratio` is 0–1. */
export function formatPercent(ratio: number, locale: Locale): string {
  const tag = locale === 'de' ? 'de-DE' : 'en-US';
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
