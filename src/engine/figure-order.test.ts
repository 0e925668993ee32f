import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis/analyze-article';
import type { Attribution, Figure } from '../analysis/types';
import type { Article } from '../corpus/article';
import { compileLexicon } from '../lexicon/compile-lexicon';
import { recencyRanks, sortAttributionsByRank, sortFigures, sortFiguresByRank } from './figure-order';
import { loadCorpusFiles } from './create-engine';

// The comparators the build used before it sorted by precomputed ranks: the ranked sorts must give exactly
// their order, ties included (both sorts are stable).
function referenceFigureOrder(articles: ReadonlyMap<string, Article>, figures: Figure[]): Figure[] {
  const published = (f: Figure) => articles.get(f.articleId)?.published ?? '';
  return [...figures].sort(
    (a, b) =>
      a.value - b.value ||
      (a.upper ?? a.value) - (b.upper ?? b.value) ||
      published(b).localeCompare(published(a)) ||
      a.articleId.localeCompare(b.articleId) ||
      a.paragraph - b.paragraph ||
      a.sentence - b.sentence,
  );
}

function referenceAttributionOrder(articles: ReadonlyMap<string, Article>, list: Attribution[]): Attribution[] {
  return [...list].sort(
    (a, b) =>
      (articles.get(b.articleId)?.published ?? '').localeCompare(articles.get(a.articleId)?.published ?? '') ||
      a.articleId.localeCompare(b.articleId) ||
      a.paragraph - b.paragraph ||
      a.sentence - b.sentence,
  );
}

function rankAll(articles: ReadonlyMap<string, Article>): Map<string, number> {
  return recencyRanks(articles.keys(), (id) => articles.get(id)?.published ?? null);
}

describe('sorting figures and quotations by precomputed article ranks', () => {
  it('gives the comparators’ order on the bundled articles', async () => {
    const files = await loadCorpusFiles('data');
    const lexicon = compileLexicon(files.lexicon!);
    const articles = new Map(files.articles.map((a) => [a.id, a]));
    const figures: Figure[] = [];
    const attributions: Attribution[] = [];
    for (const article of files.articles) {
      const analysis = analyzeArticle(article, lexicon);
      figures.push(...analysis.figures);
      attributions.push(...analysis.attributions);
    }
    expect(figures.length).toBeGreaterThan(5);
    expect(attributions.length).toBeGreaterThan(5);
    const ranks = rankAll(articles);
    expect(sortFiguresByRank([...figures], ranks)).toEqual(referenceFigureOrder(articles, figures));
    expect(sortFigures({ articles }, [...figures])).toEqual(referenceFigureOrder(articles, figures));
    const sorted = [...attributions];
    sortAttributionsByRank(sorted, ranks);
    expect(sorted).toEqual(referenceAttributionOrder(articles, attributions));
  });

  it('gives the comparators’ order on random figures, with shared dates, missing dates and ties', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const articles = new Map<string, Article>();
      const count = 1 + random(30);
      for (let i = 0; i < count; i++) {
        const id = `${random(3)}${['a', 'B', 'b', 'ä', '_'][random(5)]}${i % 7}`;
        const published = random(4) === 0 ? null : `2024-0${1 + random(3)}-1${random(3)}`;
        articles.set(id, { id, published } as Article);
      }
      const ids = [...articles.keys(), 'not-in-the-corpus'];
      const figures: Figure[] = [];
      const attributions: Attribution[] = [];
      for (let i = 0; i < 200; i++) {
        const value = [5, 10, 10.5, 1000, 0][random(5)]!;
        const articleId = ids[random(ids.length)]!;
        const at = { articleId, paragraph: 1 + random(3), sentence: random(3) };
        const upper = random(3) === 0 ? value + random(20) : undefined;
        figures.push({ ...at, value, ...(upper !== undefined && { upper }), text: `${i}`, start: 0 } as Figure);
        attributions.push({ ...at, source: 's', name: 'S', mention: `${i}`, kind: 'quoted' });
      }
      expect(sortFigures({ articles }, [...figures])).toEqual(referenceFigureOrder(articles, figures));
      const inCorpus = (x: { articleId: string }) => articles.has(x.articleId);
      const ranks = rankAll(articles);
      expect(sortFiguresByRank(figures.filter(inCorpus), ranks)).toEqual(
        referenceFigureOrder(articles, figures.filter(inCorpus)),
      );
      const sorted = attributions.filter(inCorpus);
      sortAttributionsByRank(sorted, ranks);
      expect(sorted).toEqual(referenceAttributionOrder(articles, attributions.filter(inCorpus)));
    }
  });
});
