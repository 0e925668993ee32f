import type { QueryKind } from './query-set';

/**
 * The targets of issue #5 (2-core machine). The issue sets them at 10,000 and 50,000 articles; smaller archives
 * are held to the 10,000 targets, and sizes in between 10,000 and 50,000 to the 50,000 ones.
 */
export interface Targets {
  p95Ms: Record<QueryKind, number>;
  buildS: number;
  heapMB: number;
  reloadLoopP99Ms: number;
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
  };
}

/** How many queries per kind each baseline runs at a size: fuse.js takes seconds per query on large archives. */
export function baselineSamples(size: number, quick: boolean): { fuse: number; miniSearch: number; budgetMs: number } {
  if (quick) return { fuse: 5, miniSearch: 20, budgetMs: 3_000 };
  if (size <= 1_000) return { fuse: 20, miniSearch: 200, budgetMs: 20_000 };
  if (size <= 10_000) return { fuse: 5, miniSearch: 200, budgetMs: 20_000 };
  return { fuse: 3, miniSearch: 50, budgetMs: 30_000 };
}
