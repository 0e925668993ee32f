import type { Locale as VegaLocale } from 'vega';
import type { Locale } from '../../locale/locale';

/*
 * How the chart's axes write numbers and dates, as d3-format and d3-time-format locale definitions for Vega: German
 * "8.000" and "28.04.2025", English "8,000" and "2025-04-28" (the answers' own formats).
 */
const DE_NUMBER: NonNullable<VegaLocale['number']> = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0€'],
};
const EN_NUMBER: NonNullable<VegaLocale['number']> = {
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['$', ''],
};

const DE_TIME: NonNullable<VegaLocale['time']> = {
  dateTime: '%A, %e. %B %Y, %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  shortDays: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  months: [
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
  ],
  shortMonths: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};

export const CHART_LOCALE: Record<Locale, VegaLocale> = {
  de: { number: DE_NUMBER, time: DE_TIME },
  en: { number: EN_NUMBER },
};

/** The date axis's label format. */
export const DATE_FORMAT: Record<Locale, string> = { de: '%d.%m.%Y', en: '%Y-%m-%d' };
