import { describe, expect, it } from 'vitest';
import { datelineDate, findFullDate } from './published-date';

describe('findFullDate', () => {
  it.each<[string, string | null]>([
    ['28. April, 2025', '2025-04-28'],
    ['28. April 2025', '2025-04-28'],
    ['28.04.2025', '2025-04-28'],
    ['5.11.2024', '2024-11-05'],
    ['1. Jan. 2024', '2024-01-01'],
    ['3. März 2023', '2023-03-03'],
    ['2025-04-28', '2025-04-28'],
    ['28. April', null],
    ['April 2025', null],
    ['31.02.2025', null],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2023', null],
    ['00.04.2025', null],
    ['28.13.2025', null],
    ['11.000 Soldaten', null],
  ])('%s → %s', (text, expected) => {
    expect(findFullDate(text)).toBe(expected);
  });
});

describe('datelineDate', () => {
  it.each<[string, string | null]>([
    ['28. April, 2025', '2025-04-28'],
    ['Stand: 28.04.2025, 10:14 Uhr', '2025-04-28'],
    ['Montag, 28.04.2025 | 10.14 Uhr', '2025-04-28'],
    ['Aktualisiert am 28. April 2025 um 10:14 Uhr', '2025-04-28'],
    ['Veröffentlicht: 28.04.2025 | Lesezeit: 3 Min.', '2025-04-28'],
    // A sentence that mentions a date is reporting, not a dateline.
    ['Am 28. April 2025 bestätigte Putin den Einsatz.', null],
    ['Stand:', null],
  ])('%s → %s', (line, expected) => {
    expect(datelineDate(line)).toBe(expected);
  });
});
