/*
 * Builds are generators that yield between bounded pieces of work, so one build can run in one go (start-up, a
 * worker thread) or in slices beside a serving event loop (a reload).
 */

/** Runs steps back to back, for a caller that has nothing else to do meanwhile (start-up, a worker thread). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Main-thread work per slice of a sliced build: queries wait at most about this long behind it. */
export const DEFAULT_SLICE_MS = 8;

/** Runs steps in slices of about `sliceMs` of work, giving the event loop a turn between slices. */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = DEFAULT_SLICE_MS): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= sliceEnd) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
