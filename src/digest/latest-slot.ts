/** A cron schedule as far as finding a past run needs it: whether it fires at an instant, and at which seconds. */
export interface SlotMatcher {
  matches(at: Date): boolean;
  /** The seconds of a minute it can fire at ([0] for a five-field expression). */
  seconds: readonly number[];
}

/** Walking back further than this many candidate instants takes too long at start-up for what it could find. */
const MAX_SLOT_CHECKS = 20_000;

/**
 * The latest instant in (after, until] the schedule fired at, or null. The scheduler can only say when it fires
 * next from now, so past runs are found by walking back minute by minute, trying only the seconds it fires at;
 * a run earlier than the last MAX_SLOT_CHECKS candidates (about two weeks of a five-field schedule) is not found.
 */
export function latestSlotBetween(
  schedule: SlotMatcher,
  after: Date,
  until: Date,
  maxChecks = MAX_SLOT_CHECKS,
): Date | null {
  const seconds = [...schedule.seconds].sort((a, b) => b - a);
  const floor = after.getTime();
  let checks = 0;
  for (let minute = Math.floor(until.getTime() / 60_000) * 60_000; minute + 59_000 > floor; minute -= 60_000) {
    for (const second of seconds) {
      const at = minute + second * 1000;
      if (at > until.getTime() || at <= floor) continue;
      if (schedule.matches(new Date(at))) return new Date(at);
      checks += 1;
      if (checks >= maxChecks) return null;
    }
  }
  return null;
}
