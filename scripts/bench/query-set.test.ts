import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article';
import { loadArticles } from '../../src/corpus/load-articles';
import { osaDistance } from '../../src/search/osa-distance';
import { createRng } from './prng';
import { QUERY_KINDS, buildQuerySet, typoOf } from './query-set';
import { readLexicon } from './read-lexicon';

const DATA_DIR = 'data';
let articles: Article[];

beforeAll(async () => {
  ({ articles } = await loadArticles(DATA_DIR));
});

describe('typoOf', () => {
  it('makes one slip of the fingers, never at the first letter', () => {
    const rng = createRng(3);
    for (const word of ['Gerassimow', 'Soldaten', 'Pjöngjang', 'Nachrichtenagentur']) {
      for (let i = 0; i < 50; i++) {
        const typo = typoOf(word, rng);
        expect(typo).not.toBe(word);
        expect(osaDistance(typo, word)).toBe(1);
        expect(typo[0]).toBe(word[0]);
      }
    }
  });
});

describe('buildQuerySet', () => {
  const build = (seed: number) => buildQuerySet({ articles, lexicon: readLexicon(DATA_DIR), perKind: 40, seed });

  it('draws the same queries for the same seed, so runs compare', () => {
    expect(build(5)).toEqual(build(5));
    expect(build(6)).not.toEqual(build(5));
  });

  it('has the asked number of every kind, search words taken from the articles as written', () => {
    const set = build(5);
    for (const kind of QUERY_KINDS) expect(set[kind]).toHaveLength(40);
    const text = articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
    for (const q of set['search-word']) expect(text).toContain(q.text);
    for (const q of set['search-three-words']) {
      expect(q.text.split(' ')).toHaveLength(3);
      for (const word of q.text.split(' ')) expect(text).toContain(word);
    }
  });

  it('asks autocomplete for 1–3 letter prefixes of every field', () => {
    const completions = build(5).autocomplete;
    for (const q of completions) expect(q.text.length).toBeGreaterThanOrEqual(1);
    for (const q of completions) expect([...q.text].length).toBeLessThanOrEqual(3);
    const fields = new Set(completions.map((q) => (q.kind === 'autocomplete' ? q.field : null)));
    expect(fields).toEqual(new Set(['topic', 'source', 'article']));
  });
});
