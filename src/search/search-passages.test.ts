import { describe, expect, it } from 'vitest';
import type { Article } from '../corpus/article';
import { buildPassageIndex, createPassageIndexBuilder } from './passage-index';
import { searchPassages } from './search-passages';
import { storeArticle } from '../corpus/stored-article';

/** A hand-made article: each paragraph is given as its sentences. */
function article(id: string, paragraphs: string[][]): Article {
  return {
    id,
    title: `Titel ${id}`,
    outlet: null,
    url: null,
    published: null,
    language: 'de',
    contentHash: id,
    paragraphs: paragraphs.map((sentences, i) => ({
      number: i + 1,
      text: sentences.join(' '),
      sentences,
      heading: false,
    })),
  };
}

const articles = [
  article('kursk', [
    ['Nordkorea hat erstmals den Einsatz eigener Soldaten bestätigt.', 'Das meldete die Agentur KCNA.'],
    ['Rund 11.000 Nordkorea-Soldaten sollen in Kursk gekämpft haben.'],
    ['Generalstabschef Gerassimow lobte die Truppen.', 'Pjöngjang schwieg dazu.'],
  ]),
  article('seoul', [
    ['Das Außenministerium in Seoul äußerte sich besorgt.', 'Der Geheimdienst NIS nannte Zahlen zu Verlusten.'],
    ['Gerassimow sprach von Erfolgen in Kursk.', 'Soldaten aus Nordkorea seien eingesetzt worden.'],
    ['Die Verluste in Kursk seien hoch.'],
  ]),
  article('washington', [
    ['Das Pentagon sprach von 12.000 Soldaten.', 'Weitere Soldaten könnten folgen, Soldaten würden ausgebildet.'],
    ['Aus Washington kam keine Bestätigung.'],
  ]),
];
const index = buildPassageIndex(articles);
const places = (q: string, limit = 10) =>
  searchPassages(index, q, limit).hits.map((h) => `${h.articleId}#${h.paragraph}`);
const snippet = (hit: { articleId: string; paragraph: number; sentence: number }) =>
  articles.find((a) => a.id === hit.articleId)?.paragraphs[hit.paragraph - 1]?.sentences[hit.sentence];

describe('searchPassages', () => {
  it('finds every passage with the word, best first, and says what it matched', () => {
    const result = searchPassages(index, 'Gerassimow', 10);
    expect(result.hits.map((h) => `${h.articleId}#${h.paragraph}`).sort()).toEqual(['kursk#3', 'seoul#2']);
    expect(result.words).toEqual([{ word: 'Gerassimow', matched: ['Gerassimow'], fuzzy: false }]);
    expect(result.total).toBe(2);
  });

  it('corrects a misspelt word to the archive spelling and labels it fuzzy', () => {
    const result = searchPassages(index, 'Gerasimow', 10);
    expect(result.words).toEqual([{ word: 'Gerasimow', matched: ['Gerassimow'], fuzzy: true }]);
    expect(result.hits).toHaveLength(2);
  });

  it('finds umlaut and ß spellings from their ASCII forms', () => {
    expect(places('Pjongjang')).toEqual(['kursk#3']);
    expect(searchPassages(index, 'Pjoengjang', 10).words[0]).toMatchObject({ matched: ['Pjöngjang'], fuzzy: false });
    expect(places('Aussenministerium')).toEqual(['seoul#1']);
  });

  it('finds a word inside a hyphenated compound and highlights the compound', () => {
    const result = searchPassages(index, 'Soldaten', 10);
    const hit = result.hits.find((h) => h.articleId === 'kursk' && h.paragraph === 2);
    expect(hit?.terms).toEqual(['Nordkorea-Soldaten']);
    expect(result.hits.map((h) => h.articleId)).toContain('washington');
  });

  it('ranks the passage with more occurrences of a word higher', () => {
    expect(places('Soldaten')[0]).toBe('washington#1');
  });

  it('puts passages with all words before passages with some', () => {
    const result = searchPassages(index, 'Gerassimow Kursk', 10);
    expect(result.hits.map((h) => `${h.articleId}#${h.paragraph}`).slice(0, 1)).toEqual(['seoul#2']);
    expect(result.totalAllWords).toBe(1);
    // OR fills the rest: other Kursk and Gerassimow passages follow.
    expect(places('Gerassimow Kursk')).toEqual(expect.arrayContaining(['kursk#2', 'kursk#3', 'seoul#3']));
  });

  it('picks the sentence with most query words as the snippet', () => {
    const hit = searchPassages(index, 'Soldaten Nordkorea', 10).hits.find((h) => h.articleId === 'seoul');
    expect(hit && snippet(hit)).toBe('Soldaten aus Nordkorea seien eingesetzt worden.');
    expect(hit?.terms).toEqual(['Soldaten', 'Nordkorea']);
    const [nis] = searchPassages(index, 'Seoul NIS Zahlen', 1).hits;
    expect(nis && snippet(nis)).toBe('Der Geheimdienst NIS nannte Zahlen zu Verlusten.');
  });

  it('respects the limit', () => {
    expect(places('Soldaten', 2)).toHaveLength(2);
    expect(places('Soldaten', 0)).toEqual([]);
  });

  it('reports words it cannot find and still searches with the rest', () => {
    const result = searchPassages(index, 'Pentagon Xylophon', 10);
    expect(result.words).toEqual([
      { word: 'Pentagon', matched: ['Pentagon'], fuzzy: false },
      { word: 'Xylophon', matched: [], fuzzy: false },
    ]);
    expect(result.hits.map((h) => h.articleId)).toEqual(['washington']);
  });

  it.each([
    '',
    '   ',
    '.*+?^${}()|[]\\',
    '🔥🔥',
    '@everyone',
    '**fett** `x`',
    '<@123456789012345678>',
    'q'.repeat(200),
  ])('returns an empty result for %j without throwing', (query) => {
    expect(searchPassages(index, query, 10).hits).toEqual([]);
  });

  it('searches a long pasted text by its first words without throwing', () => {
    const result = searchPassages(index, 'Gerassimow '.repeat(40) + 'Kursk '.repeat(40), 10);
    expect(result.words.map((w) => w.word)).toEqual(['Gerassimow']);
    expect(result.hits).toHaveLength(2);
  });

  it('answers the same after a query as before (scratch memory is reset)', () => {
    const first = searchPassages(index, 'Kursk Soldaten', 10);
    searchPassages(index, 'Pentagon', 10);
    expect(searchPassages(index, 'Kursk Soldaten', 10)).toEqual(first);
  });
});

describe('createPassageIndexBuilder', () => {
  it('builds in slices to the same index as in one go', () => {
    const builder = createPassageIndexBuilder();
    for (const a of articles) builder.add(a);
    const steps = builder.finishInSlices(articles.map(storeArticle));
    let slices = 0;
    let next = steps.next();
    while (!next.done) {
      slices++;
      next = steps.next();
    }
    expect(slices).toBeGreaterThan(0);
    expect(searchPassages(next.value, 'Soldaten Kursk', 10)).toEqual(searchPassages(index, 'Soldaten Kursk', 10));
  });

  it('shows the most frequent spelling of a word', () => {
    const idx = buildPassageIndex([article('a', [['SOLDATEN! Soldaten, Soldaten.']])]);
    expect(searchPassages(idx, 'soldaten', 1).words[0]?.matched).toEqual(['Soldaten']);
  });

  it('handles an empty archive', () => {
    expect(searchPassages(buildPassageIndex([]), 'Kursk', 10)).toMatchObject({ hits: [], total: 0 });
  });
});

describe('searchPassages on the standfirst', () => {
  const teaser = {
    ...article('hafen', [['Die Terminals stehen seit Montag still.'], ['Reedereien leiten Schiffe um.']]),
    standfirst: 'Verdi legt den Hafen lahm. Tagelange Staus drohen.',
  };
  const repeated = {
    ...article('rad', [['Der Stadtrat beschloss neue Radwege.']]),
    standfirst: 'Der Stadtrat beschloss neue Radwege.',
  };
  const index = buildPassageIndex([teaser, repeated]);

  it('finds a word only the standfirst holds, and says the hit is the standfirst, not the headline or a paragraph', () => {
    expect(searchPassages(index, 'Staus', 5).hits).toEqual([
      expect.objectContaining({ articleId: 'hafen', paragraph: 0, standfirst: true }),
    ]);
    expect(searchPassages(index, 'Titel hafen', 5).hits[0]).not.toHaveProperty('standfirst');
  });

  it('gives a standfirst the text already holds no passage of its own, so its paragraph is cited', () => {
    expect(searchPassages(index, 'Radwege', 5).hits).toEqual([
      expect.objectContaining({ articleId: 'rad', paragraph: 1 }),
    ]);
  });
});
