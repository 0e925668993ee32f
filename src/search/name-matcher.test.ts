import { describe, expect, it } from 'vitest';
import { createNameMatcher, createNameMatcherInSlices, type NameEntry } from './name-matcher';

interface Source {
  id: string;
  name: string;
}

const source = (id: string, name: string, aliases: string[], weight = 0): NameEntry<Source> => ({
  item: { id, name },
  names: [name, ...aliases, id],
  weight,
});

const sources = [
  source('kcna', 'KCNA', ['Korean Central News Agency', 'staatliche Nachrichtenagentur'], 9),
  source('nis', 'NIS', ['südkoreanischer Geheimdienst', 'National Intelligence Service'], 7),
  source('kbs', 'KBS', ['Korean Broadcasting System'], 2),
  source('pentagon', 'Pentagon', ['US-Verteidigungsministerium'], 5),
  source('gerassimow', 'Waleri Gerassimow', ['Gerassimow', 'Generalstabschef'], 3),
  source('us-state-department', 'US-Außenministerium', ['State Department'], 4),
  source('pyongyang', 'Pyongyang', [], 1),
  source('yonhap', 'Yonhap', ['südkoreanische Nachrichtenagentur Yonhap'], 8),
];
const matcher = createNameMatcher(sources);
const ids = (items: Source[]) => items.map((s) => s.id);

describe('createNameMatcher().resolve', () => {
  it.each([
    ['KCNA', 'kcna'],
    ['kcna', 'kcna'],
    ['Korean Central News Agency', 'kcna'],
    ['US Aussenministerium', 'us-state-department'],
    ['us-außenministerium', 'us-state-department'],
  ])('matches %s exactly, however it is cased or spelled', (query, id) => {
    const r = matcher.resolve(query);
    expect(r.match).toBe('exact');
    expect(ids(r.items)).toEqual([id]);
  });

  it('finds a whole alias inside a longer query', () => {
    const r = matcher.resolve('laut südkoreanischer Geheimdienst');
    expect(r.match).toBe('exact');
    expect(ids(r.items)).toEqual(['nis']);
    expect(r.matchedName).toBe('südkoreanischer Geheimdienst');
  });

  it('prefers the longer contained alias', () => {
    const r = matcher.resolve('südkoreanische Nachrichtenagentur Yonhap berichtet');
    expect(ids(r.items)[0]).toBe('yonhap');
  });

  it.each([
    ['kcan', 'kcna', 'KCNA'],
    ['Gerasimow', 'gerassimow', 'Gerassimow'],
    ['Pentagn', 'pentagon', 'Pentagon'],
    ['Pjongjang', 'pyongyang', 'Pyongyang'],
    ['Generalstabchef', 'gerassimow', 'Generalstabschef'],
  ])('corrects the typo %s to %s and says it was fuzzy', (query, id, name) => {
    const r = matcher.resolve(query);
    expect(r.match).toBe('fuzzy');
    expect(ids(r.items)).toEqual([id]);
    expect(r.matchedName).toBe(name);
  });

  it('does not take BBC for KBS, but suggests KBS', () => {
    const r = matcher.resolve('BBC');
    expect(r.match).toBe('none');
    expect(r.items).toEqual([]);
    expect(ids(r.suggestions)).toContain('kbs');
  });

  it('matches nothing for an unknown outlet', () => {
    const r = matcher.resolve('CNN');
    expect(r.match).toBe('none');
    expect(r.items).toEqual([]);
  });

  it.each(['', '   ', '@everyone', '.*+?^${}()|[]\\', '🔥🔥🔥', '**bold** `code`', 'x'.repeat(200), 'ä'.repeat(1000)])(
    'answers odd input %j without throwing',
    (query) => {
      const r = matcher.resolve(query);
      expect(r.match).toBe('none');
      expect(r.items).toEqual([]);
    },
  );

  it('returns every item that shares a name', () => {
    const shared = createNameMatcher([
      { item: { id: 'a' }, names: ['Ministerium'] },
      { item: { id: 'b' }, names: ['Ministerium', 'Behörde'] },
    ]);
    expect(ids(shared.resolve('ministerium').items as Source[])).toEqual(['a', 'b']);
  });
});

describe('createNameMatcher().complete', () => {
  it('offers the heaviest items for an empty prefix', () => {
    expect(ids(matcher.complete('', 3))).toEqual(['kcna', 'yonhap', 'nis']);
  });

  it('puts prefix matches before word matches, each by weight', () => {
    expect(ids(matcher.complete('k', 10))).toEqual(['kcna', 'kbs']);
    const result = ids(matcher.complete('nachrichten', 10));
    expect(result).toEqual(['kcna', 'yonhap']);
  });

  it('completes a name from a word inside it', () => {
    expect(ids(matcher.complete('gera', 5))).toEqual(['gerassimow']);
  });

  it('falls back to typo-tolerant completion', () => {
    expect(ids(matcher.complete('pentagn', 5))).toEqual(['pentagon']);
    expect(ids(matcher.complete('kcan', 5))).toEqual(['kcna']);
  });

  it('respects the limit and odd input', () => {
    expect(matcher.complete('', 2)).toHaveLength(2);
    expect(matcher.complete('a', 0)).toEqual([]);
    expect(matcher.complete('((((', 5)).toHaveLength(5);
  });
});

describe('createNameMatcher on a long list (article ids and titles)', () => {
  const words = [
    'Nordkorea',
    'Russland',
    'Ukraine',
    'Kursk',
    'Truppen',
    'Verluste',
    'Gipfel',
    'Raketen',
    'Wahl',
    'Streik',
  ];
  const articles = Array.from({ length: 12_000 }, (_, i) => ({
    id: `${String(i).padStart(5, '0')}_${(i * 2654435761).toString(16).padStart(8, '0').slice(-8)}`,
    title: `${words[i % 10]} meldet ${words[(i * 7 + 3) % 10]} am Tag ${i}`,
  }));
  const matcher = createNameMatcher(articles.map((a) => ({ item: a, names: [a.id, a.title] })));

  it('resolves an article id exactly', () => {
    expect(matcher.resolve(articles[4321]!.id).items).toEqual([articles[4321]]);
  });

  it('resolves a mistyped id to that article, labelled fuzzy', () => {
    const id = articles[777]!.id;
    const typo = id.slice(0, 10) + id[11] + id[10] + id.slice(12);
    const r = matcher.resolve(typo);
    expect(r.match).toBe('fuzzy');
    expect(r.items).toEqual([articles[777]]);
  });

  it('completes titles by their start before titles with the word inside', () => {
    const result = matcher.complete('kursk', 25);
    expect(result).toHaveLength(25);
    expect(result.every((a) => a.title.startsWith('Kursk'))).toBe(true);
    const inside = matcher.complete('gipfel am', 3);
    expect(inside).toHaveLength(3);
    expect(inside.every((a) => a.title.includes('Gipfel am'))).toBe(true);
    const word = matcher.complete('tag 1199', 20);
    expect(word.map((a) => a.title.split(' Tag ')[1]).sort()).toEqual([
      '1199',
      '11990',
      '11991',
      '11992',
      '11993',
      '11994',
      '11995',
      '11996',
      '11997',
      '11998',
      '11999',
    ]);
  });

  it('can be built in slices, to the same matcher', () => {
    const steps = createNameMatcherInSlices(articles.map((a) => ({ item: a, names: [a.id, a.title] })));
    let slices = 0;
    let next = steps.next();
    while (!next.done) {
      slices++;
      next = steps.next();
    }
    expect(slices).toBeGreaterThan(1);
    expect(next.value.complete('kursk', 10)).toEqual(matcher.complete('kursk', 10));
    expect(next.value.resolve(articles[99]!.title)).toEqual(matcher.resolve(articles[99]!.title));
  });

  it('completes an id from its first characters', () => {
    expect(matcher.complete('0432', 10).map((a) => a.id)).toEqual(articles.slice(4320, 4330).map((a) => a.id));
  });
});
