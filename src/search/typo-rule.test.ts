import { describe, expect, it } from 'vitest';
import { osaDistance } from './osa-distance';
import { typoDistance } from './typo-rule';

describe('osaDistance', () => {
  it.each([
    ['kcna', 'kcna', 0],
    ['kcan', 'kcna', 1],
    ['gerasimow', 'gerassimow', 1],
    ['pentagn', 'pentagon', 1],
    ['bbc', 'kbs', 2],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
    ['nordkora', 'nordkorea', 1],
  ])('%s → %s takes %i edits', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('stops early once the distance must exceed the limit', () => {
    expect(osaDistance('soldaten', 'truppen', 2)).toBe(3);
    expect(osaDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoDistance', () => {
  it.each([
    ['kcan', 'kcna'],
    ['nsi', 'nis'],
    ['pentagn', 'pentagon'],
    ['gerasimow', 'gerassimow'],
    ['pjongjang', 'pyongyang'],
    ['nordkora', 'nordkorea'],
    ['verteidigungsminsterium', 'verteidigungsministerium'],
  ])('takes %s for a typo of %s', (query, known) => {
    expect(typoDistance(query, known)).not.toBeNull();
  });

  it.each([
    ['bbc', 'kbs'],
    ['cnn', 'kcna'],
    ['cnn', 'nhk'],
    ['ard', 'zdf'],
    ['bild', 'wild'],
    ['soldaten', 'truppen'],
  ])('does not take %s for a typo of %s', (query, known) => {
    expect(typoDistance(query, known)).toBeNull();
  });
});
