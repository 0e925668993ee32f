import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureArchive } from '../../../scripts/bench/generate-archive';
import { analyzeArticle, type ArticleAnalysis } from '../../analysis/analyze-article';
import { ownAnalysisText } from '../../analysis/own-analysis-text';
import { createAnalysisSharer } from '../../analysis/share-analysis-strings';
import type { Article } from '../../corpus/article';
import { buildArticle } from '../../corpus/build-article';
import { loadArticles } from '../../corpus/load-articles';
import { storeArticle, type StoredArticle } from '../../corpus/stored-article';
import { compileLexicon, type CompiledLexicon } from '../../lexicon/compile-lexicon';
import { loadLexicon } from '../../lexicon/load-lexicon';
import type { Lexicon } from '../../lexicon/schema';
import { runToEnd } from '../../steps/run-steps';
import { fileFactsSteps, type FiledFacts } from './file-facts';
import { reviseFactsSteps, type FactsChange } from './revise-facts';

// Real derStandard articles (10kGNAD, CC BY-NC-SA 4.0; see tests/fixtures/corpus-real/README.md), beside the repo.
const REAL = join(import.meta.dirname, '../../../../shared/corpus-real');

interface Analysed {
  article: StoredArticle;
  analysis: ArticleAnalysis;
}

/** Articles analysed, owned and shared as a build leaves them. */
function analysed(articles: readonly Article[], lexicon: CompiledLexicon): Analysed[] {
  const share = createAnalysisSharer();
  return articles.map((article) => {
    const analysis = analyzeArticle(article, lexicon);
    ownAnalysisText(analysis);
    share(article.id, analysis);
    return { article: storeArticle(article), analysis };
  });
}

function fileAll(list: readonly Analysed[], lexicon: Lexicon, compiled: CompiledLexicon): FiledFacts {
  const input = { articles: list.map((a) => a.article), analyses: list.map((a) => a.analysis), lexicon };
  return runToEnd(fileFactsSteps(input, compiled));
}

/**
 * The fields of two filings that differ, their Maps' and Sets' order included (see ordered). Compared apart, and
 * by node's deep equality: vitest's took minutes over a few hundred articles' facts.
 */
function differing(a: FiledFacts, b: FiledFacts): string[] {
  return Object.keys(b).filter(
    (key) => !isDeepStrictEqual(ordered(a[key as keyof FiledFacts]), ordered(b[key as keyof FiledFacts])),
  );
}

/** Maps and Sets as lists of their entries, recursively: deep equality then checks their order too. */
function ordered(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [ordered(k), ordered(v)]) };
  if (value instanceof Set) return { set: [...value].map(ordered) };
  if (Array.isArray(value)) return value.map(ordered);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ordered(v)]));
}

/** Another article's analysis under this article's id: an article whose file changed. */
function rewritten(id: string, from: ArticleAnalysis): ArticleAnalysis {
  return {
    ...from,
    figures: from.figures.map((f) => ({ ...f, articleId: id })),
    attributions: from.attributions.map((a) => ({ ...a, articleId: id })),
  };
}

/**
 * Random revisions of a corpus: some articles held back from the old list are added (at the end or in the
 * middle), some old ones removed, some changed; each revision must file what filing the new list anew files, and
 * leave the old facts as they were.
 */
function checkRandomRevisions(corpus: readonly Analysed[], lexicon: Lexicon, rounds: number, seed: number): void {
  const compiled = compileLexicon(lexicon);
  let state = seed;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(state / 65536) % n;
  };
  const n = corpus.length;
  for (let round = 0; round < rounds; round++) {
    const held = new Set<number>();
    // Every third round adds at the end only, as most reloads do.
    const atEnd = round % 3 === 0;
    for (let k = 1 + random(12); k > 0; k--) held.add(atEnd ? n - 1 - random(15) : random(n));
    const oldIndices = [...Array(n).keys()].filter((i) => !held.has(i));
    const removed = new Set<number>();
    const changed = new Map<number, ArticleAnalysis>();
    if (!atEnd) {
      for (let k = random(6); k > 0; k--) removed.add(oldIndices[random(oldIndices.length)]!);
      for (let k = random(4); k > 0; k--) {
        const i = oldIndices[random(oldIndices.length)]!;
        if (!removed.has(i)) changed.set(i, rewritten(corpus[i]!.article.id, corpus[random(n)]!.analysis));
      }
    }
    const addedBack = [...held].filter(() => random(4) > 0);
    const newIndices = [...Array(n).keys()].filter((i) => !removed.has(i) && (!held.has(i) || addedBack.includes(i)));
    const old = fileAll(
      oldIndices.map((i) => corpus[i]!),
      lexicon,
      compiled,
    );
    const before = fileAll(
      oldIndices.map((i) => corpus[i]!),
      lexicon,
      compiled,
    );
    const newList = newIndices.map((i) => ({ ...corpus[i]!, analysis: changed.get(i) ?? corpus[i]!.analysis }));
    const change: FactsChange = {
      order: newList.map((a) => a.article.id),
      removed: new Set([...removed, ...changed.keys()].map((i) => corpus[i]!.article.id)),
      added: [...addedBack, ...changed.keys()].map((i) => newList[newIndices.indexOf(i)]!),
    };
    const revised = runToEnd(reviseFactsSteps(old, change, lexicon, compiled));
    const what = `round ${round}: +${addedBack.length} -${removed.size} ~${changed.size}`;
    expect(differing(revised, fileAll(newList, lexicon, compiled)), what).toEqual([]);
    expect(differing(old, before), `${what}: the old facts`).toEqual([]);
  }
}

describe('revising the filed facts for a new article list', () => {
  let lexicon: Lexicon;
  let compiled: CompiledLexicon;
  beforeAll(async () => {
    lexicon = (await loadLexicon('data')).lexicon!;
    compiled = compileLexicon(lexicon);
  });

  it('files what filing the new list anew files, over a synthetic archive', async () => {
    const archive = ensureArchive({ seed: 42, size: 300, dataDir: 'data' });
    const archiveLexicon = (await loadLexicon(archive.dir)).lexicon!;
    const corpus = analysed((await loadArticles(archive.dir)).articles, compileLexicon(archiveLexicon));
    checkRandomRevisions(corpus, archiveLexicon, 5, 42);
  }, 120_000);

  it.skipIf(!existsSync(REAL))(
    'files what filing the new list anew files, over real articles',
    async () => {
      const corpus = analysed((await loadArticles(REAL)).articles, compiled);
      expect(corpus.length).toBeGreaterThan(500);
      checkRandomRevisions(corpus, lexicon, 5, 7);
    },
    120_000,
  );

  it('parts a lone surname from a full name when a second person of that name comes, and joins it when that one goes', () => {
    const [hans, lone, eva] = analysed(
      [
        buildArticle('a-hans', '„Die Lage ist ernst“, sagte Hans Müller am Montag.'),
        buildArticle('b-lone', '„Wir helfen, wo wir können“, sagte Müller am Dienstag.'),
        buildArticle('c-eva', '„Das Wasser sinkt“, sagte Eva Müller, Sprecherin der Feuerwehr.'),
      ],
      compiled,
    ) as [Analysed, Analysed, Analysed];
    const surname = lone.analysis.attributions[0]!.source;
    const full = hans.analysis.attributions[0]!.source;
    const joined = fileAll([hans, lone], lexicon, compiled);
    expect(joined.sources.get(surname)?.name).toBe('Hans Müller');
    expect(joined.attributionsBySource.get(full)?.map((a) => [a.articleId, a.name])).toEqual([
      ['a-hans', 'Hans Müller'],
      ['b-lone', 'Hans Müller'],
    ]);

    const order = [hans, lone, eva].map((a) => a.article.id);
    const parted = runToEnd(reviseFactsSteps(joined, { order, removed: new Set(), added: [eva] }, lexicon, compiled));
    expect(parted.sources.get(surname)?.name).toBe('Müller');
    expect(parted.attributionsBySource.get(surname)?.map((a) => [a.articleId, a.name])).toEqual([['b-lone', 'Müller']]);
    expect(parted.attributionsBySource.get(full)?.map((a) => a.articleId)).toEqual(['a-hans']);
    expect(differing(parted, fileAll([hans, lone, eva], lexicon, compiled))).toEqual([]);
    // The facts in service still join them.
    expect(joined.attributionsBySource.get(full)?.[0]?.name).toBe('Hans Müller');

    const rejoined = runToEnd(
      reviseFactsSteps(parted, { order: order.slice(0, 2), removed: new Set(['c-eva']), added: [] }, lexicon, compiled),
    );
    expect(differing(rejoined, fileAll([hans, lone], lexicon, compiled))).toEqual([]);
  });

  it('files everything anew when the articles changed their order', () => {
    const corpus = analysed(
      ['Rund 300 Menschen mussten ihre Häuser verlassen.', 'Mehr als 40 Soldaten wurden verletzt.'].map((text, i) =>
        buildArticle(`art-${i}`, text),
      ),
      compiled,
    );
    const old = fileAll(corpus, lexicon, compiled);
    const swapped = [corpus[1]!, corpus[0]!];
    const change = { order: swapped.map((a) => a.article.id), removed: new Set<string>(), added: [] };
    const revised = runToEnd(reviseFactsSteps(old, change, lexicon, compiled));
    expect([...revised.articles.keys()]).toEqual(['art-1', 'art-0']);
    expect(differing(revised, fileAll(swapped, lexicon, compiled))).toEqual([]);
  });
});
