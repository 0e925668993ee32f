import { describe, expect, it } from 'vitest';
import { buildWorkerCount, contiguousParts, MIN_ARTICLES_FOR_WORKERS } from './worker-plan';

describe('buildWorkerCount', () => {
  it('builds on the calling thread on a single core', () => {
    expect(buildWorkerCount(50_000, 1)).toBe(0);
  });

  it('builds a small corpus on the calling thread', () => {
    expect(buildWorkerCount(5, 8)).toBe(0);
    expect(buildWorkerCount(MIN_ARTICLES_FOR_WORKERS - 1, 8)).toBe(0);
  });

  it('uses one worker per core for an archive, within limits', () => {
    expect(buildWorkerCount(10_000, 2)).toBe(2);
    expect(buildWorkerCount(50_000, 64)).toBe(8);
    expect(buildWorkerCount(MIN_ARTICLES_FOR_WORKERS, 16)).toBe(2);
    expect(buildWorkerCount(1_005, 2)).toBe(0);
  });
});

describe('buildWorkerCount for a reload', () => {
  it('leaves the main thread a core of its own, but still takes the work off it', () => {
    expect(buildWorkerCount(10_000, 2, { spareCore: true })).toBe(1);
    expect(buildWorkerCount(10_000, 4, { spareCore: true })).toBe(3);
    expect(buildWorkerCount(10_000, 1, { spareCore: true })).toBe(0);
  });
});

describe('contiguousParts', () => {
  it('splits in order into nearly equal runs', () => {
    expect(contiguousParts([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6, 7],
    ]);
  });

  it('never makes an empty part', () => {
    expect(contiguousParts([1, 2], 5)).toEqual([[1], [2]]);
    expect(contiguousParts([], 2)).toEqual([[]]);
  });
});
