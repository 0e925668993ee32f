import { describe, expect, it } from 'vitest';
import { createNameMatcher } from './name-matcher';
import { preferringFirst } from './preferring-matcher';

interface Named {
  id: string;
  weight: number;
}

const entry = (id: string, weight: number) => ({ item: { id, weight }, names: [id], weight });
const curated = createNameMatcher([entry('KCNA', 5), entry('KBS', 2)]);
// Names an archive discovers: some are a typo away from anything a user types.
const discovered = createNameMatcher([entry('Kraen', 1), entry('Baen', 1), entry('Wolfgang Katzian', 9)]);
const matcher = preferringFirst<Named>(curated, discovered, (n) => n.weight);

describe('preferringFirst', () => {
  it('corrects a typo to a curated name before a discovered one', () => {
    const kcan = matcher.resolve('kcan');
    expect(kcan.match).toBe('fuzzy');
    expect(kcan.items.map((n) => n.id)).toEqual(['KCNA']);
  });

  it('suggests curated names first when nothing matches', () => {
    const bbc = matcher.resolve('BBC');
    expect(bbc.match).toBe('none');
    expect(bbc.suggestions[0]?.id).toBe('KBS');
  });

  it('finds a discovered name exactly, and completes across both lists by weight', () => {
    expect(matcher.resolve('Wolfgang Katzian').items.map((n) => n.id)).toEqual(['Wolfgang Katzian']);
    expect(matcher.complete('', 3).map((n) => n.id)).toEqual(['Wolfgang Katzian', 'KCNA', 'KBS']);
  });
});
