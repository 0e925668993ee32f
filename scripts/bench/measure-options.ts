import { z } from 'zod';

/** What the parent tells a per-size child to measure (passed as one JSON argument). */
export const MeasureOptionsSchema = z.object({
  archiveDir: z.string().min(1),
  /** The real data folder, for the five-article reference engine of the answer checks. */
  dataDir: z.string().min(1),
  size: z.number().int().nonnegative(),
  seed: z.number().int(),
  syntheticWords: z.number().int().nonnegative(),
  distinctWords: z.number().int().nonnegative(),
  queriesPerKind: z.number().int().positive(),
  /** Per kind; fuse.js scans every passage per query, so at archive size it only runs a fixed sample. */
  fuseSample: z.number().int().positive(),
  miniSearchSample: z.number().int().positive(),
  /** Stops a baseline's kind early (after at least 3 queries) when it has used this much time. */
  baselineBudgetMsPerKind: z.number().positive(),
  /** fuse.js kinds not started within this time are skipped (reported with n=0). */
  fuseTotalBudgetMs: z.number().positive(),
  baselines: z.boolean(),
});
export type MeasureOptions = z.infer<typeof MeasureOptionsSchema>;
