import { z } from 'zod';

/** What the parent tells the warm child (passed as one JSON argument). */
export const WarmOptionsSchema = z.object({
  archiveDir: z.string().min(1),
  /** The cache the cold build of the same run filled. */
  cacheDir: z.string().min(1),
  /** answersDigest of the cold build: the warm engine must give the same. */
  coldDigest: z.string(),
  /** Date.now() when the parent forked the child: the process's whole start counts for a console command. */
  forkedAt: z.number(),
  addArticles: z.number().int().positive(),
});
export type WarmOptions = z.infer<typeof WarmOptionsSchema>;

/** What a warm start and an incremental reload cost, measured in a process of its own. */
export const WarmReportSchema = z.object({
  /** Opening the cache, keying the files and building, to the first answer given, in the process. */
  startMs: z.number().nonnegative(),
  /**
   * Opening the cache to the first `/source` answer, asked right after the first answer: a start that takes its facts
   * from the cache builds the source matcher after it serves (src/build/deferred-matcher.ts), and a `/source` asked
   * before that finishes it on the spot, so this is what the first name question waits.
   */
  sourceStartMs: z.number().nonnegative(),
  /** From the fork to the first answer: what `npm run ask` on a warm cache waits, Node and tsx starting included. */
  processMs: z.number().nonnegative(),
  /** Articles taken from the cache, of `articles`. */
  fromCache: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  /** The process's maximum resident set after the first answer (all threads). */
  peakRssMB: z.number().nonnegative(),
  /** The warm engine answered as the cold one did (answersDigest). */
  sameAnswers: z.boolean(),
  /** A reload (src/reload/reload-engine.ts, with the cache) after `added` articles were added to the folder. */
  reload: z.object({ added: z.number().int(), ms: z.number().nonnegative() }),
  /** Cache problems reported (none expected). */
  problems: z.array(z.string()),
});
export type WarmReport = z.infer<typeof WarmReportSchema>;
