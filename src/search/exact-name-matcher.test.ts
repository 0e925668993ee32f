import { describe, expect, it } from 'vitest';
import { exactNameMatcher } from './exact-name-matcher';

describe('exactNameMatcher', () => {
  const matcher = exactNameMatcher([{ item: { id: 'wech' }, names: ['David Wech', 'Wech'] }]);

  it('finds a name as written, folded, and nothing a typo away', () => {
    expect(matcher.resolve('david wech').items.map((i) => i.id)).toEqual(['wech']);
    expect(matcher.resolve('Wech').match).toBe('exact');
    expect(matcher.resolve('Wehc')).toEqual({ match: 'none', items: [], suggestions: [] });
    expect(matcher.complete('We', 5)).toEqual([]);
  });
});
