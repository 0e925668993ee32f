import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze-article';
import { findAttributions } from './attribution';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';
import { extractFigures } from './figures';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

describe('analyzeArticle', () => {
  it.each(['000', '001', '002', '003', '004'])('gives article %s the same figures and attributions as the separate passes', (prefix) => {
    const article = corpus.article(prefix);
    const analysis = analyzeArticle(article, corpus.lexicon);
    expect(analysis.figures).toEqual(extractFigures(article, corpus.lexicon));
    expect(analysis.attributions).toEqual(findAttributions(article, corpus.lexicon));
    expect(analysis.attributions.length).toBeGreaterThan(0);
  });
});
