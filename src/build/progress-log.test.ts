import { describe, expect, it } from 'vitest';
import { durationFields, logBuildProgress } from './progress-log';

describe("a build's progress in the log", () => {
  it("is a line every 5 s with phase, counts, rate and time left, and the parts' durations at the end", () => {
    let t = 0;
    const lines: Array<{ msg: string; fields: Record<string, unknown> }> = [];
    const logger = { info: (fields: Record<string, unknown>, msg: string) => void lines.push({ msg, fields }) };
    const build = logBuildProgress(logger as never, 'corpus build', { now: () => t });
    for (let second = 1; second <= 12; second++) {
      t += 1000;
      build.update({ articles: second * 500, of: 6000 });
    }
    t += 3000;
    build.update({ articles: 6000, of: 6000, phase: 'indexing' });
    expect(lines.map((l) => l.msg)).toEqual([
      'corpus build: progress',
      'corpus build: progress',
      'corpus build: progress',
    ]);
    expect(lines[0]?.fields).toEqual({
      phase: 'analysing',
      articles: 2500,
      of: 6000,
      percent: 35,
      perSecond: 500,
      secondsLeft: 10,
    });
    expect(lines[2]?.fields).toMatchObject({ phase: 'indexing', articles: 6000, percent: 85, secondsLeft: null });
    t += 1000;
    expect(durationFields(build.durations())).toEqual({ durationMs: 16_000, analyseMs: 15_000, indexMs: 1000 });
  });
});
