import { describe, expect, it } from 'vitest';
import { latestSlotBetween } from './latest-slot';

/** Weekdays 08:00 UTC, as a matcher. */
const weekdaysAtEight = {
  matches: (at: Date) =>
    at.getUTCHours() === 8 && at.getUTCMinutes() === 0 && at.getUTCSeconds() === 0 && at.getUTCDay() % 6 !== 0,
  seconds: [0],
};

describe('latestSlotBetween', () => {
  it('finds the latest run after the last write, and none when none fell due', () => {
    const friday = new Date('2026-12-04T09:30:00Z');
    expect(latestSlotBetween(weekdaysAtEight, friday, new Date('2026-12-08T12:00:00Z'))).toEqual(
      new Date('2026-12-08T08:00:00Z'),
    );
    expect(latestSlotBetween(weekdaysAtEight, friday, new Date('2026-12-06T23:00:00Z'))).toBeNull();
    expect(
      latestSlotBetween(weekdaysAtEight, new Date('2026-12-07T08:00:00Z'), new Date('2026-12-07T08:00:00Z')),
    ).toBeNull();
  });

  it('gives up rather than walking back without end', () => {
    expect(
      latestSlotBetween(weekdaysAtEight, new Date('2020-01-01T00:00:00Z'), new Date('2026-12-06T23:00:00Z'), 100),
    ).toBeNull();
  });
});
