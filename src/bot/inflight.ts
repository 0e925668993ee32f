/** Interactions being answered, so shutdown can let them finish instead of cutting replies off. */
export interface InflightTracker {
  track(work: Promise<unknown>): void;
  readonly size: number;
  /** Resolves true when all tracked work settled, false if `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createInflightTracker(): InflightTracker {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
    },
    get size() {
      return running.size;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const all = Promise.all([...running]).then(() => true as const);
      const drained = await Promise.race([all, timeout]);
      clearTimeout(timer);
      return drained;
    },
  };
}
