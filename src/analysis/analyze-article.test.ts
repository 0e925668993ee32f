import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeArticleSteps } from './analyze-article';
import { loadBundledCorpus, type BundledCorpus } from './bundled-corpus.fixture';

let corpus: BundledCorpus;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
});

describe('analyzeArticleSteps', () => {
  it('gives the event loop a turn after every paragraph, with the same analysis as in one go', () => {
    for (const article of ['000', '001', '002', '003', '004'].map((prefix) => corpus.article(prefix))) {
      const steps = analyzeArticleSteps(article, corpus.lexicon);
      let turns = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) turns += 1;
      // A long article held a sliced reload in one step (the bot stopped answering for its whole analysis).
      expect(turns).toBe(article.paragraphs.length);
      expect(step.value).toEqual(analyzeArticle(article, corpus.lexicon));
    }
  });
});
