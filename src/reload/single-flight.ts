export interface SingleFlight<A, T> {
  /** Starts the job, or joins the one running (whose arguments then win: it is already under way). */
  run(args: A): Promise<{ result: T; joined: boolean }>;
}

/**
 * Wraps an async job so that calls made while it runs join the running call instead of starting another:
 * two moderators pressing /reload (or a /reload and a SIGHUP) at once cause one reload, and both get its result.
 */
export function singleFlight<A, T>(job: (args: A) => Promise<T>): SingleFlight<A, T> {
  let running: Promise<T> | null = null;
  return {
    run: async (args) => {
      if (running) return { result: await running, joined: true };
      const started = job(args);
      running = started;
      try {
        return { result: await started, joined: false };
      } finally {
        running = null;
      }
    },
  };
}
