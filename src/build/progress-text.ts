import { messages } from '../i18n/catalog';
import { formatFixed, formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import type { BuildDurations, BuildReading } from './build-meter';

/** "1.25 s", "12.3 s", "2 min 05 s": a duration as a person reads it. */
function durationText(ms: number, locale: Locale): string {
  if (ms >= 120_000) {
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  }
  return `${formatFixed(ms / 1000, ms < 10_000 ? 2 : 1, locale)} s`;
}

/**
 * One line on how far a build has got: "Reading and analysing: 6,000 of 10,000 articles · 1,200 a second · about
 * 4 s left", or "Indexing 10,000 articles …" once every article is analysed.
 */
export function progressLine(reading: BuildReading, locale: Locale): string {
  const m = messages(locale).progress;
  const n = (value: number) => formatNumber(value, locale);
  if (reading.phase === 'indexing') return m.indexing(n(reading.articles));
  const parts = [m.analysing(n(reading.articles), n(reading.of))];
  if (reading.perSecond !== null) parts.push(m.rate(n(Math.round(reading.perSecond))));
  if (reading.secondsLeft !== null) parts.push(m.left(secondsLeftText(reading.secondsLeft, locale)));
  return parts.join(' · ');
}

/** An estimate in whole seconds: "4 s", "2 min 05 s". */
function secondsLeftText(seconds: number, locale: Locale): string {
  const whole = Math.ceil(seconds);
  return whole >= 120 ? durationText(whole * 1000, locale) : `${formatNumber(whole, locale)} s`;
}

/** The line at the end: "Loaded 10,000 articles in 12.3 s (read and analysed in 10.1 s, indexed in 2.2 s)." */
export function loadedLine(articles: number, durations: BuildDurations, locale: Locale): string {
  const d = (ms: number) => durationText(ms, locale);
  const m = messages(locale).progress;
  return m.loaded(formatNumber(articles, locale), d(durations.totalMs), d(durations.analyseMs), d(durations.indexMs));
}
