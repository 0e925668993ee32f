import type { QueryKind } from './query-set';

/**
 * The archive-scale targets (2-core machine). The issue sets them at 10,000 and 50,000 articles; smaller archives
 * are held to the 10,000 targets, and sizes in between 10,000 and 50,000 to the 50,000 ones.
 */
export interface Targets {
  p95Ms: Record<QueryKind, number>;
  buildS: number;
  heapMB: number;
  reloadLoopP99Ms: number;
  /** A start from the analysis cache to the first answer (issue 13). */
  warmStartS: number;
  /** A reload after a day's articles were added, with the cache. */
  reloadAddedS: number;
  /** The process's peak resident set, worker threads included, cold and warm. */
  peakRssMB: number;
}

export function targetsFor(size: number): Targets {
  const large = size > 10_000;
  const p95 = large ? 30 : 10;
  return {
    p95Ms: {
      figure: p95,
      source: p95,
      'search-word': p95,
      'search-typo': p95,
      'search-three-words': p95,
      autocomplete: large ? 30 : 2,
    },
    buildS: large ? 30 : 5,
    heapMB: large ? 1024 : 250,
    reloadLoopP99Ms: 50,
    warmStartS: large ? 5 : 1.5,
    reloadAddedS: 2,
    peakRssMB: large ? 2048 : 400,
  };
}

export interface BaselineSamples {
  fuse: number;
  miniSearch: number;
  /** Per kind: a kind stops after its first query once it has used this long. */
  budgetMs: number;
  /** fuse.js in all: kinds not started by then are skipped and shown as such. */
  fuseTotalBudgetMs: number;
}

/**
 * How many queries per kind each baseline runs at a size. Both are slow enough at archive size that running all
 * of them would take hours (fuse.js: seconds per query already at 1,000 articles), so they run a fixed sample: the
 * first n queries of each kind, cut short when a kind has used `budgetMs`.
 */
export function baselineSamples(size: number, quick: boolean): BaselineSamples {
  if (quick) return { fuse: 1, miniSearch: 10, budgetMs: 2_000, fuseTotalBudgetMs: 60_000 };
  if (size <= 1_000) return { fuse: 5, miniSearch: 50, budgetMs: 15_000, fuseTotalBudgetMs: 600_000 };
  if (size <= 10_000) return { fuse: 2, miniSearch: 20, budgetMs: 20_000, fuseTotalBudgetMs: 600_000 };
  // One fuse.js query takes minutes over 900,000 passages: the kinds not reached in ten minutes are skipped.
  return { fuse: 1, miniSearch: 10, budgetMs: 30_000, fuseTotalBudgetMs: 600_000 };
}
