import type { NameMatcher } from '../search/name-matcher';
import { DEFAULT_SLICE_MS } from '../steps/run-steps';

/**
 * A name matcher whose building goes on after the corpus is in service, in slices between other work, like the
 * cache's writing: a start taking its facts from the cache answers before the matchers over thousands of sources
 * and titles are built. A question that needs it sooner finishes it there and then. Either way it is the matcher
 * the steps build, so the answers are the same.
 */
function deferredMatcher<T extends { id: string }>(steps: Generator<void, NameMatcher<T>>): NameMatcher<T> {
  let built: NameMatcher<T> | null = null;
  let failed: { error: unknown } | null = null;
  const step = (): void => {
    try {
      const next = steps.next();
      if (next.done) built = next.value;
    } catch (error) {
      failed = { error };
    }
  };
  const finish = (): NameMatcher<T> => {
    while (built === null && failed === null) step();
    if (failed !== null) throw failed.error;
    return built!;
  };
  const slice = (): void => {
    const end = performance.now() + DEFAULT_SLICE_MS;
    while (built === null && failed === null && performance.now() < end) step();
    if (built === null && failed === null) setImmediate(slice);
  };
  setImmediate(slice);
  return {
    resolve: (query) => finish().resolve(query),
    complete: (prefix, limit) => finish().complete(prefix, limit),
  };
}

/** Builds a matcher deferred (see deferredMatcher): a MatcherBuild for withMatchersSteps, done in one step. */
export function* deferred<T extends { id: string }>(
  steps: Generator<void, NameMatcher<T>>,
): Generator<void, NameMatcher<T>> {
  yield;
  return deferredMatcher(steps);
}
