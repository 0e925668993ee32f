import { beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../../scripts/bench/generate-archive';
import type { Article } from '../corpus/article';
import { loadArticles } from '../corpus/load-articles';
import { storeArticle } from '../corpus/stored-article';
import { runToEnd } from '../steps/run-steps';
import {
  createPassageIndexBuilder,
  termId,
  withArticles,
  type PassageIndex,
  type PassageIndexParts,
  type PassageIndexShard,
} from './passage-index';
import { reviseIndexSteps, type IndexRun } from './revise-index';
import { searchPassages } from './search-passages';

// A small synthetic archive: compounds, umlauts, names, shared and rare vocabulary. The first 150 articles make
// the old index; the rest are the articles a revision brings in.
let archive: Article[];
beforeAll(async () => {
  const { dir } = ensureArchive({ seed: 23, size: 200, dataDir: 'data' });
  ({ articles: archive } = await loadArticles(dir));
}, 60_000);

function shardOf(articles: readonly Article[]): PassageIndexShard {
  const builder = createPassageIndexBuilder();
  for (const article of articles) builder.add(article);
  return builder.exportShard();
}

function fullBuild(articles: readonly Article[]): PassageIndexParts {
  const builder = createPassageIndexBuilder();
  for (const article of articles) builder.add(article);
  return runToEnd(builder.finishPartsInSlices());
}

/** A revision, described as the caller has it: the old list, and per new article either an old index or an article. */
type Entry = { old: number } | { article: Article };

/** The old index revised to `entries`, and the new list of articles. */
function revise(oldArticles: readonly Article[], old: PassageIndexParts, entries: readonly Entry[]) {
  const runs: IndexRun[] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if ('old' in entry) {
      if (last && 'kept' in last && last.kept.end === entry.old) last.kept.end++;
      else runs.push({ kept: { start: entry.old, end: entry.old + 1 } });
    } else {
      runs.push({ shard: shardOf([entry.article]) });
    }
  }
  const asked: number[] = [];
  const revised = runToEnd(
    reviseIndexSteps(old, runs, (article) => {
      asked.push(article);
      return shardOf([oldArticles[article]!]);
    }),
  );
  const articles = entries.map((entry) => ('old' in entry ? oldArticles[entry.old]! : entry.article));
  return { revised, articles, asked };
}

/** Paths at which two indexes differ, typed arrays compared as bytes. */
function differences(a: unknown, b: unknown, path = 'index'): string[] {
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    return a.constructor === b.constructor && bytes(a).equals(bytes(b)) ? [] : [path];
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return Object.is(a, b) ? [] : [path];
}

/** A small seeded generator, so a failing revision can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** The article with its first paragraph dropped and a word of the second changed: an edited article. */
function edited(article: Article): Article {
  const paragraphs = article.paragraphs.slice(1).map((p, i) => {
    if (i !== 0) return p;
    const text = `${p.text} Nachtrag Hafenstreik-Ausweitung`;
    return {
      ...p,
      text,
      sentences: [...p.sentences.slice(0, -1), `${p.sentences.at(-1) ?? ''} Nachtrag Hafenstreik-Ausweitung`],
    };
  });
  return { ...article, paragraphs };
}

function asIndex(parts: PassageIndexParts, articles: readonly Article[]): PassageIndex {
  return withArticles(parts, articles.map(storeArticle));
}

describe('a revised index', () => {
  const OLD = 150;
  const oldOf = () => archive.slice(0, OLD);
  let old: PassageIndexParts;
  beforeAll(() => {
    old = fullBuild(oldOf());
  });
  const keepAll = () => oldOf().map((_, i) => ({ old: i }));

  it('is the full build when articles are added at the end', () => {
    const entries = [...keepAll(), ...archive.slice(OLD, OLD + 10).map((article): Entry => ({ article }))];
    const { revised, articles, asked } = revise(oldOf(), old, entries);
    expect(differences(revised, fullBuild(articles))).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('is the full build when the first article is removed and others inserted before and in the middle', () => {
    const entries: Entry[] = [
      { article: archive[OLD]! },
      ...keepAll().slice(1, 70),
      ...archive.slice(OLD + 1, OLD + 4).map((article): Entry => ({ article })),
      ...keepAll().slice(70),
    ];
    const { revised, articles, asked } = revise(oldOf(), old, entries);
    expect(differences(revised, fullBuild(articles))).toEqual([]);
    // The removed article, and kept ones where words it met first now first occur: not the whole archive.
    expect(asked).toContain(0);
    expect(asked.length).toBeLessThan(OLD / 3);
  });

  it.each([1, 2, 3, 4])('is the full build after random additions, insertions, removals and edits (%i)', (seed) => {
    const draw = random(seed);
    const newcomers = archive.slice(OLD);
    const entries: Entry[] = [];
    for (const entry of keepAll()) {
      const roll = draw(100);
      if (roll < 4) continue;
      if (roll < 7) entries.push({ article: edited(oldOf()[entry.old]!) });
      else entries.push(entry);
      if (draw(100) < 4 && newcomers.length > 0)
        entries.push({ article: newcomers.splice(draw(newcomers.length), 1)[0]! });
    }
    const { revised, articles } = revise(oldOf(), old, entries);
    const full = fullBuild(articles);
    expect(differences(revised, full)).toEqual([]);
    // Revised again from the revision: what it keeps for revising is right too.
    const again: Entry[] = articles.map((_, i) => ({ old: i })).filter((_, i) => i % 9 !== 4);
    again.splice(3, 0, { article: newcomers[0]! });
    const second = revise(articles, revised, again);
    expect(differences(second.revised, fullBuild(second.articles))).toEqual([]);
  });

  it('is empty when every article is removed, and full again when articles come to an empty archive', () => {
    const { revised } = revise(oldOf(), old, []);
    expect(differences(revised, fullBuild([]))).toEqual([]);
    const entries = archive.slice(OLD, OLD + 5).map((article): Entry => ({ article }));
    const refilled = revise([], revised, entries);
    expect(differences(refilled.revised, fullBuild(refilled.articles))).toEqual([]);
  });

  it('answers searches as the full build does, typo correction included', () => {
    const entries: Entry[] = [
      ...keepAll().slice(5, 60),
      { article: edited(oldOf()[60]!) },
      ...archive.slice(OLD, OLD + 10).map((article): Entry => ({ article })),
      ...keepAll().slice(61),
    ];
    const { revised, articles } = revise(oldOf(), old, entries);
    const index = asIndex(revised, articles);
    const full = asIndex(fullBuild(articles), articles);
    for (const query of [
      'Soldaten',
      'Gerasimow',
      'Pjöngjang Truppen Kursk',
      'Nordkorea-Soldaten',
      'Hafenstreik',
      'kcan',
    ]) {
      expect(searchPassages(index, query, 25)).toEqual(searchPassages(full, query, 25));
    }
  });

  it('no longer finds or suggests a word only a removed article had', () => {
    const others = fullBuild(oldOf().slice(1));
    const before = asIndex(old, oldOf());
    // A word of the first article that no other article has, long enough to be corrected when mistyped.
    const shard = shardOf([oldOf()[0]!]);
    const words: string[] = [];
    for (let t = 0; t < shard.terms.size; t++) {
      const from = shard.terms.info[t * 4]!;
      const word = String.fromCharCode(...shard.terms.chars.subarray(from, from + shard.terms.info[t * 4 + 1]!));
      if (/^[a-z]{7,}$/.test(word) && termId(asIndex(others, oldOf().slice(1)), word) === undefined) words.push(word);
    }
    const word = words[0]!;
    expect(word).toBeDefined();
    const typo = `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}`;
    expect(searchPassages(before, word, 5).hits.length).toBeGreaterThan(0);
    expect(searchPassages(before, typo, 5).words[0]!.matched).not.toEqual([]);

    const { revised, articles } = revise(oldOf(), old, keepAll().slice(1));
    const after = asIndex(revised, articles);
    expect(termId(after, word)).toBeUndefined();
    expect(searchPassages(after, word, 5).hits).toEqual([]);
    const corrected = searchPassages(after, typo, 5).words[0]!.matched.map((m) => m.toLowerCase());
    expect(corrected).not.toContain(word);
  });
});
