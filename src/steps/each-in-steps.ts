/** Items handled per step of eachInSteps: a few milliseconds' work at most for the passes that use it. */
const STEP_ITEMS = 4096;

/**
 * Calls `each` on every item, yielding after every few thousand. The loop runs in a plain function: V8 optimizes a
 * loop in a function it calls again, while a generator's own loop over a whole archive stays in slower code.
 */
export function* eachInSteps<T>(items: Iterable<T>, each: (item: T) => void): Generator<void, void> {
  const iterator = items[Symbol.iterator]();
  while (!handled(iterator, each)) yield;
}

/** Calls `each` on up to STEP_ITEMS items; true when the items ran out. */
function handled<T>(iterator: Iterator<T>, each: (item: T) => void): boolean {
  for (let i = 0; i < STEP_ITEMS; i++) {
    const next = iterator.next();
    if (next.done) return true;
    each(next.value);
  }
  return false;
}
