import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Article } from '../corpus/article';
import { loadArticles } from '../corpus/load-articles';
import { buildPassageIndex, type PassageIndex } from './passage-index';
import { searchPassages, type PassageHit } from './search-passages';

// The five bundled articles, through the real loader: what a reporter searching the desk's corpus gets.
let articles: Article[];
let index: PassageIndex;
beforeAll(async () => {
  ({ articles } = await loadArticles(join(import.meta.dirname, '../../data')));
  index = buildPassageIndex(articles);
});

// Paragraph 0 is the headline (see HEADLINE): its one sentence is the title.
const headlineOf = (hit: PassageHit) =>
  hit.paragraph === 0 ? articles.find((a) => a.id === hit.articleId)?.title : undefined;
const sentenceOf = (hit: PassageHit) =>
  headlineOf(hit) ??
  articles.find((a) => a.id === hit.articleId)?.paragraphs.find((p) => p.number === hit.paragraph)?.sentences[
    hit.sentence
  ] ??
  '';
const paragraphOf = (hit: PassageHit) =>
  headlineOf(hit) ??
  articles.find((a) => a.id === hit.articleId)?.paragraphs.find((p) => p.number === hit.paragraph)?.text ??
  '';

describe('searchPassages on the bundled corpus', () => {
  it('loads all five articles', () => {
    expect(articles).toHaveLength(5);
  });

  it('finds the Gerassimow paragraphs for the misspelt "Gerasimow", labelled fuzzy', () => {
    const result = searchPassages(index, 'Gerasimow', 10);
    expect(result.words).toEqual([{ word: 'Gerasimow', matched: ['Gerassimow'], fuzzy: true }]);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(sentenceOf(hit)).toContain('Gerassimow');
    const all = searchPassages(index, 'Gerassimow', 10);
    expect(result.hits.map((h) => [h.articleId, h.paragraph])).toEqual(all.hits.map((h) => [h.articleId, h.paragraph]));
  });

  it('finds Pjöngjang from "Pjongjang" as an exact match after folding', () => {
    const result = searchPassages(index, 'Pjongjang', 10);
    expect(result.words).toEqual([{ word: 'Pjongjang', matched: ['Pjöngjang'], fuzzy: false }]);
    expect(new Set(result.hits.map((h) => h.articleId)).size).toBe(3);
    for (const hit of result.hits) expect(sentenceOf(hit)).toContain('Pjöngjang');
  });

  it('finds "Nordkorea-Soldaten" when asked for "Soldaten"', () => {
    const result = searchPassages(index, 'Soldaten', 50);
    const compound = result.hits.filter((h) => h.terms.includes('Nordkorea-Soldaten'));
    expect(compound.length).toBeGreaterThan(0);
    for (const hit of compound) expect(sentenceOf(hit)).toContain('Nordkorea-Soldaten');
  });

  it('finds "Außenministerium" from "Aussenministerium"', () => {
    const result = searchPassages(index, 'Aussenministerium', 10);
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(paragraphOf(hit)).toMatch(/Außenministerium/);
  });

  it('corrects "Nordkora" to Nordkorea', () => {
    const result = searchPassages(index, 'Nordkora', 10);
    expect(result.words[0]).toMatchObject({ fuzzy: true, matched: ['Nordkorea'] });
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('ranks passages with every word first, then fills with passages having some', () => {
    const result = searchPassages(index, 'Putin Kursk', 50);
    const has = (hit: PassageHit, word: RegExp) => word.test(paragraphOf(hit));
    const both = result.hits.filter((h) => has(h, /Putin/) && has(h, /Kursk/));
    expect(both.length).toBe(result.totalAllWords);
    expect(both.length).toBeGreaterThan(0);
    // Every passage with both words comes before every passage with only one.
    expect(result.hits.slice(0, both.length)).toEqual(both);
    expect(result.hits.length).toBeGreaterThan(both.length);
  });

  it('shows, for a multi-word query, the sentence holding the most query words', () => {
    const [hit] = searchPassages(index, 'Kim Putin Dankesworte', 1).hits;
    expect(hit).toBeDefined();
    const sentence = sentenceOf(hit!);
    const words = ['Kim', 'Putin', 'Dankesworte'].filter((w) => sentence.includes(w));
    const article = articles.find((a) => a.id === hit!.articleId)!;
    const sentences =
      hit!.paragraph === 0 ? [article.title] : article.paragraphs.find((p) => p.number === hit!.paragraph)!.sentences;
    for (const other of sentences) {
      expect(['Kim', 'Putin', 'Dankesworte'].filter((w) => other.includes(w)).length).toBeLessThanOrEqual(words.length);
    }
  });

  it('finds a word only the headline holds, and cites the headline as such', () => {
    const article = articles.find((a) => a.title.includes('Dankesworte'))!;
    const inText = article.paragraphs.some((p) => p.text.includes('Dankesworte'));
    expect(inText).toBe(false);
    const result = searchPassages(index, 'Dankesworte', 10);
    expect(result.hits).toEqual([expect.objectContaining({ articleId: article.id, paragraph: 0, sentence: 0 })]);
  });

  it('cites real paragraphs: every hit names an existing article, paragraph and sentence', () => {
    for (const query of ['Soldaten', 'KCNA', 'Russland Ukraine', 'Truppen Kursk Verluste']) {
      for (const hit of searchPassages(index, query, 20).hits) expect(sentenceOf(hit)).not.toBe('');
    }
  });
});
