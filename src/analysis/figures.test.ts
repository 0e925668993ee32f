import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus, sentenceAt, type BundledCorpus } from './bundled-corpus.fixture';
import { analyzeArticle } from './analyze-article';
import { paragraphFigures } from './figures';
import type { Credit, ResolvedSentence } from './resolve-speakers';
import type { Figure } from './types';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

type Expected = Pick<Figure, 'text' | 'value' | 'counted' | 'topics' | 'source'> &
  Partial<Pick<Figure, 'upper' | 'qualifier' | 'increment'>>;

// Hand-checked against data/articles: every figure each article states, with what it counts and who says so.
const EXPECTED: Record<string, Expected[]> = {
  '000': [
    { text: 'rund 11.000', value: 11000, qualifier: 'rund', counted: 'Soldaten', topics: ['troops'], source: 'nis' },
    // An increment on the 11.000 before it, not a competing total.
    {
      text: 'weitere 3.000',
      value: 3000,
      qualifier: 'weitere',
      counted: 'Soldaten',
      topics: ['troops'],
      source: 'south-korean-military',
      increment: true,
    },
    {
      text: 'rund 4.000',
      value: 4000,
      qualifier: 'rund',
      counted: 'Verluste',
      topics: ['casualties'],
      source: 'south-korea',
    },
  ],
  '001': [
    {
      text: 'etwa 10.000',
      value: 10000,
      qualifier: 'etwa',
      counted: 'Soldaten',
      topics: ['troops'],
      source: 'pentagon',
    },
    {
      text: 'insgesamt rund 12.000',
      value: 12000,
      qualifier: 'insgesamt rund',
      counted: 'Soldaten',
      topics: ['troops'],
      source: 'nis',
    },
    // "Berichten zufolge" names nobody: the figure stays unattributed.
    {
      text: 'mehr als acht Millionen',
      value: 8_000_000,
      qualifier: 'mehr als',
      counted: 'Artillerie- und Raketengeschosse',
      topics: ['ammunition'],
      source: null,
    },
  ],
  '002': [
    {
      text: 'rund 11.000 bis 12.000',
      value: 11000,
      upper: 12000,
      qualifier: 'rund',
      counted: 'Nordkorea-Soldaten',
      topics: ['troops'],
      source: 'joint-intelligence',
    },
    { text: 'etwa 8000', value: 8000, qualifier: 'etwa', counted: 'Soldaten', topics: ['troops'], source: 'blinken' },
    // Counts dollars in a sentence about soldiers: pay, not troops.
    {
      text: 'rund 2000',
      value: 2000,
      qualifier: 'rund',
      counted: 'US-Dollar',
      topics: ['pay'],
      source: 'korea-herald',
    },
  ],
  '003': [
    {
      text: 'insgesamt etwa 11.000',
      value: 11000,
      qualifier: 'insgesamt etwa',
      counted: 'Soldaten',
      topics: ['troops'],
      source: 'south-korea',
    },
    // "gefolgt von einer weiteren Verstärkung um 3.000 Soldaten": "um" is "by" here, an increment.
    { text: '3.000', value: 3000, counted: 'Soldaten', topics: ['troops'], source: 'south-korea', increment: true },
  ],
  '004': [
    // Nothing follows the number, so the topic comes from the sentence's "Soldaten".
    {
      text: 'über 10.000',
      value: 10000,
      qualifier: 'über',
      counted: null,
      topics: ['troops'],
      source: 'ukrainian-intelligence',
    },
  ],
};

describe('figures on the five real articles', () => {
  it.each(Object.entries(EXPECTED))('article %s yields exactly its hand-checked figures', (prefix, expected) => {
    const figures = analyzeArticle(corpus.article(prefix), corpus.lexicon).figures;
    expect(
      figures.map(({ text, value, upper, qualifier, counted, topics, source, increment }) => ({
        text,
        value,
        upper,
        qualifier,
        counted,
        topics,
        source,
        increment,
      })),
    ).toEqual(expected.map((e) => ({ upper: undefined, qualifier: undefined, increment: undefined, ...e })));
  });

  it.each(Object.keys(EXPECTED))('article %s: every figure is read verbatim from the sentence it cites', (prefix) => {
    const article = corpus.article(prefix);
    for (const figure of analyzeArticle(article, corpus.lexicon).figures) {
      const sentence = sentenceAt(article, figure);
      expect(sentence.slice(figure.start, figure.start + figure.text.length)).toBe(figure.text);
      if (figure.counted) expect(sentence).toContain(figure.counted);
      expect(figure.articleId).toBe(article.id);
    }
  });

  it('cites the sentence the number stands in', () => {
    const article = corpus.article('000');
    const casualties = analyzeArticle(article, corpus.lexicon).figures.find((f) => f.value === 4000);
    expect(casualties && sentenceAt(article, casualties)).toMatch(/^Laut Seoul soll Nordkoreas Armee/);
  });

  it('does not take the Korean War years for a figure', () => {
    const figures = analyzeArticle(corpus.article('002'), corpus.lexicon).figures;
    expect(figures.map((f) => f.value)).not.toContain(1950);
    expect(figures.map((f) => f.value)).not.toContain(1953);
  });

  it('only names sources the lexicon knows', () => {
    for (const prefix of Object.keys(EXPECTED)) {
      for (const figure of analyzeArticle(corpus.article(prefix), corpus.lexicon).figures) {
        if (figure.source !== null) expect(corpus.lexicon.sourceById.has(figure.source)).toBe(true);
        for (const topic of figure.topics) expect(corpus.lexicon.topicById.has(topic)).toBe(true);
      }
    }
  });
});

/** A one-article corpus from paragraphs of verbatim sentences, to pin a rule on the smallest text showing it. */
function articleOf(...paragraphs: (string[] | { heading: string })[]) {
  return {
    id: 'test_article',
    title: 'Test',
    outlet: null,
    url: null,
    published: null,
    language: 'de',
    contentHash: 'x',
    paragraphs: paragraphs.map((p, i) =>
      Array.isArray(p)
        ? { number: i + 1, text: p.join(' '), sentences: p, heading: false }
        : { number: i + 1, text: p.heading, sentences: [p.heading], heading: true },
    ),
  };
}

describe('figure rules', () => {
  it('credits a figure to the source named earlier in its paragraph', () => {
    const article = articleOf([
      'Das US-Pentagon schätzt, dass Nordkorea Truppen entsandt hat.',
      'Demnach sind es 10.000 Soldaten.',
    ]);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => f.source)).toEqual(['pentagon']);
  });

  it('does not lend a neighbour’s source to a figure from unnamed reports', () => {
    const article = articleOf([
      'Das US-Pentagon schätzt, dass Nordkorea Truppen entsandt hat.',
      'Berichten zufolge sind es 3000 Soldaten.',
    ]);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => f.source)).toEqual([null]);
  });

  it('leaves a figure without any named source unattributed', () => {
    const article = articleOf(['Nordkorea soll 3000 Soldaten entsandt haben.']);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => f.source)).toEqual([null]);
  });

  it('skips numbers in crossheads, which repeat the text without its context', () => {
    const article = articleOf({ heading: '11.000 Soldaten für Putin' }, ['Laut Seoul sind es 11.000 Soldaten.']);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => f.paragraph)).toEqual([2]);
  });

  it('gives a figure whose noun has no topic no topic, rather than its neighbour’s', () => {
    const article = articleOf(['Die Soldaten marschierten 300 Kilometer.']);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => [f.counted, f.topics])).toEqual([
      ['Kilometer', []],
    ]);
  });

  it('reads the topic from the compound head', () => {
    const article = articleOf(['Nordkorea lieferte 200 Kurzstreckenraketen und 50 Panzerhaubitzen.']);
    expect(analyzeArticle(article, corpus.lexicon).figures.map((f) => f.topics)).toEqual([['missiles'], ['weapons']]);
  });
});

describe('the source paragraphFigures credits', () => {
  const at = (source: string, kind: Credit['kind'], start: number): Credit => ({
    source,
    name: source,
    mention: source,
    kind,
    start,
    via: null,
    about: null,
    person: false,
  });
  const sourceOf = (sentences: string[], resolved: ResolvedSentence[]) =>
    paragraphFigures(
      'a',
      { number: 1, text: sentences.join(' '), sentences, heading: false },
      corpus.lexicon,
      sentences.map((_, i) => resolved[i] ?? { credits: [], anonymous: false }),
      sentences.map(() => true),
    ).map((f) => f.source);

  it('prefers a named origin over a quoted speaker, the nearest to the number, the first of equally near ones', () => {
    // "3000" starts at 8.
    const sentence = 'Es sind 3000 Soldaten.';
    const cited = (...credits: Credit[]) => sourceOf([sentence], [{ credits, anonymous: false }]);
    expect(cited(at('credit', 'credited', 8), at('speaker', 'quoted', 8), at('far', 'origin', 30))).toEqual(['far']);
    expect(cited(at('far', 'origin', 30), at('near', 'origin', 5))).toEqual(['near']);
    expect(cited(at('first', 'origin', 4), at('second', 'origin', 12))).toEqual(['first']);
    expect(cited(at('speaker', 'quoted', 20), at('credit', 'credited', 8))).toEqual(['speaker']);
    expect(cited(at('credit', 'credited', 8))).toEqual([null]);
  });

  it("never lends a neighbouring sentence's source: a paragraph often sets one source against another", () => {
    const sentences = ['Vorher.', 'Es sind 3000 Soldaten.', 'Danach.'];
    const quoted = (source: string): ResolvedSentence => ({ credits: [at(source, 'quoted', 0)], anonymous: false });
    const nothing: ResolvedSentence = { credits: [], anonymous: false };
    expect(sourceOf(sentences, [quoted('before'), nothing, quoted('after')])).toEqual([null]);
    expect(sourceOf(sentences, [nothing, { credits: [at('own', 'continued', 0)], anonymous: false }, nothing])).toEqual(
      ['own'],
    );
    expect(sourceOf(sentences, [nothing, { credits: [at('own', 'origin', 0)], anonymous: true }, nothing])).toEqual([
      null,
    ]);
  });
});
