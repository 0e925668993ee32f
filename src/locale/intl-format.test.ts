import { describe, expect, it } from 'vitest';
import { formatMoment, formatNumber, formatPublished, formatRange } from './intl-format';
import { localeOfDiscord } from './locale';

describe('numbers and dates for each language', () => {
  it('groups German thousands with a point and writes decimals with a comma', () => {
    expect(formatRange(8000, 12000, 'de')).toBe('8.000–12.000');
    expect(formatNumber(8_000_000, 'de')).toBe('8.000.000');
    expect(formatNumber(1.5, 'de')).toBe('1,5');
  });

  it('keeps English as it was: comma grouping, point decimals', () => {
    expect(formatRange(8000, 12000, 'en')).toBe('8,000–12,000');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });

  it('writes a publication date the German way, and leaves English dates as the data gives them', () => {
    expect(formatPublished('2026-12-05', 'de')).toBe('Sa., 5. Dez. 2026');
    expect(formatPublished('2026-12-05', 'en')).toBe('2026-12-05');
    expect(formatPublished('not a date', 'de')).toBe('not a date');
  });

  it('writes a digest slot with weekday and time in the time zone', () => {
    expect(formatMoment('2026-12-06T07:00:00Z', 'Europe/Berlin', 'de')).toBe('So., 6. Dez. 2026, 08:00');
    expect(formatMoment('2026-12-06T07:00:00Z', 'Europe/Berlin', 'en')).toBe('Sun, 6 Dec 2026, 08:00');
  });
});

describe('localeOfDiscord', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
    ['denmark', 'en'],
  ] as const)('%s → %s', (discord, expected) => {
    expect(localeOfDiscord(discord)).toBe(expected);
  });
});
