import { describe, expect, it } from 'vitest';
import { buildRatio, createBuildMeter, everyInterval } from './build-meter';
import { createEngineFromDir } from './engine-from-dir';
import type { BuildProgress } from './load-and-build';
import { loadedLine, progressLine } from './progress-text';

/** A clock the test moves by hand. */
function clock(start = 1000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('a build meter', () => {
  it('tells articles, rate and time left while analysing, and the time each part took at the end', () => {
    const c = clock();
    const meter = createBuildMeter(c.now);
    c.advance(2000);
    meter.update({ articles: 2000, of: 10_000 });
    const reading = meter.reading();
    expect(reading).toMatchObject({ phase: 'analysing', articles: 2000, of: 10_000, perSecond: 1000 });
    // 2 s for a fifth of the analysis, which is 85 % of the build: 2 / 0.17 s in all, of which 2 s are gone.
    expect(reading.secondsLeft).toBeCloseTo(2 / 0.17 - 2, 5);
    expect(progressLine(reading, 'en')).toBe(
      'Reading and analysing: 2,000 of 10,000 articles · 1,000 a second · about 10 s left',
    );
    expect(progressLine(reading, 'de')).toBe(
      'Lesen und Auswerten: 2.000 von 10.000 Artikeln · 1.000 pro Sekunde · noch etwa 10 s',
    );

    c.advance(8000);
    meter.update({ articles: 10_000, of: 10_000, phase: 'indexing' });
    expect(meter.reading()).toMatchObject({ phase: 'indexing', secondsLeft: null, ratio: 0.85 });
    expect(progressLine(meter.reading(), 'en')).toBe('Indexing 10,000 articles …');
    c.advance(2500);
    expect(meter.durations()).toEqual({ analyseMs: 10_000, indexMs: 2500, totalMs: 12_500 });
    expect(loadedLine(10_000, meter.durations(), 'en')).toBe(
      'Loaded 10,000 articles in 12.5 s (read and analysed in 10.0 s, indexed in 2.50 s).',
    );
  });

  it('knows no rate before the first article, and no time left before a fiftieth of them', () => {
    const c = clock();
    const meter = createBuildMeter(c.now);
    expect(meter.reading()).toMatchObject({ articles: 0, perSecond: null, secondsLeft: null, ratio: 0 });
    c.advance(1000);
    meter.update({ articles: 199, of: 10_000 });
    expect(meter.reading()).toMatchObject({ perSecond: 199, secondsLeft: null });
    expect(progressLine(meter.reading(), 'en')).toBe('Reading and analysing: 199 of 10,000 articles · 199 a second');
    meter.update({ articles: 200, of: 10_000 });
    expect(meter.reading().secondsLeft).toBeGreaterThan(0);
    expect(buildRatio(null)).toBe(0);
    expect(buildRatio({ articles: 63, of: 100 })).toBeCloseTo(0.5355);
  });

  it('opens its gate at most once per interval, the first time one interval after it was made', () => {
    const c = clock();
    const due = everyInterval(5000, c.now);
    expect(due()).toBe(false);
    c.advance(5000);
    expect(due()).toBe(true);
    expect(due()).toBe(false);
    c.advance(4999);
    expect(due()).toBe(false);
    c.advance(1);
    expect(due()).toBe(true);
  });
});

describe('a build on one thread', () => {
  it('tells each article as it is analysed, then that the index is being put together', async () => {
    const progress: BuildProgress[] = [];
    const { engine } = await createEngineFromDir('data', { onProgress: (p) => progress.push(p) });
    const articles = engine?.stats().articles ?? 0;
    expect(articles).toBeGreaterThan(1);
    expect(progress.map((p) => p.articles)).toEqual([...Array.from({ length: articles }, (_, i) => i + 1), articles]);
    expect(progress.at(-1)?.phase).toBe('indexing');
    expect(progress.slice(0, -1).every((p) => p.phase === undefined)).toBe(true);
  });
});
