import { describe, expect, it } from 'vitest';
import { diffSummaries, isUnchanged } from './diff-engines';
import type { EngineSummary } from './engine-summary';

const base: EngineSummary = {
  articles: [
    { id: '000_a', title: 'Nordkorea bestätigt', contentHash: 'h1' },
    { id: '001_b', title: 'Russland gesteht', contentHash: 'h2' },
    { id: '002_c', title: 'Gefechte in Kursk', contentHash: 'h3' },
  ],
  figures: 10,
  attributions: 7,
  topics: { troops: 8, casualties: 2 },
  sources: { KCNA: 4, Pentagon: 3 },
};

describe('diffSummaries', () => {
  it('names added, changed and removed articles by id and title', () => {
    const next: EngineSummary = {
      ...base,
      articles: [
        { id: '000_a', title: 'Nordkorea bestätigt', contentHash: 'h1' },
        { id: '001_b', title: 'Russland gesteht (aktualisiert)', contentHash: 'h2b' },
        { id: '003_d', title: 'Neue Meldung', contentHash: 'h4' },
      ],
    };
    const diff = diffSummaries(base, next);
    expect(diff.added).toEqual([{ id: '003_d', title: 'Neue Meldung' }]);
    expect(diff.changed).toEqual([{ id: '001_b', title: 'Russland gesteht (aktualisiert)' }]);
    expect(diff.removed).toEqual([{ id: '002_c', title: 'Gefechte in Kursk' }]);
  });

  it('reports figures per topic and sources gained or lost', () => {
    const next: EngineSummary = {
      ...base,
      figures: 13,
      topics: { troops: 11, money: 2 },
      sources: { KCNA: 5, NIS: 1 },
    };
    const diff = diffSummaries(base, next);
    expect(diff.figures).toEqual({ before: 10, after: 13 });
    expect(diff.topics).toEqual([
      { name: 'troops', before: 8, after: 11 },
      { name: 'casualties', before: 2, after: 0 },
      { name: 'money', before: 0, after: 2 },
    ]);
    expect(diff.sourcesGained).toEqual(['NIS']);
    expect(diff.sourcesLost).toEqual(['Pentagon']);
  });

  it('finds nothing changed when nothing did', () => {
    expect(isUnchanged(diffSummaries(base, structuredClone(base)))).toBe(true);
    expect(isUnchanged(diffSummaries(base, { ...base, figures: 11 }))).toBe(false);
  });
});
