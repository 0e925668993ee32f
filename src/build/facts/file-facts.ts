import type { Attribution, Figure } from '../../analysis/types';
import { paragraphCount as paragraphCountOf } from '../../corpus/article-text';
import type { StoredArticle } from '../../corpus/stored-article';
import type { ArticleFiling, CorpusData } from '../../engine/corpus-data';
import { recencyRanks, sortAttributionsByRank, sortFiguresByRank } from '../../engine/figure-order';
import { figureList, type FigureList } from '../../engine/figure-list';
import { figureSubjects, subjectsWithFigures } from '../../engine/figure-subject';
import { lexiconSources, sourceJoinsSteps, type KnownSource } from '../../engine/known-sources';
import type { CompiledLexicon } from '../../lexicon/compile-lexicon';
import type { Lexicon } from '../../lexicon/schema';
import {
  articleFiling,
  channelOf,
  forEachWordKey,
  push,
  withFiled,
  wordKeys,
  type FiledAnalysis,
} from './article-filing';
import { sourceCountsOf, topicSpreads } from './facts-board';
import { joinedNames, sourceList } from './source-list';

/**
 * The facts without what is built from them (name matchers) or from the lexicon alone: plain data, which the cache
 * keeps for a start on an unchanged folder (see readKeptFacts in cache/article-cache.ts).
 */
export type FiledFacts = Omit<CorpusData, 'index' | 'lexicon' | 'topicMatcher' | 'sourceMatcher' | 'articleMatcher'>;

/** The filed facts of corpus data: what is left without the index, the lexicon and the name matchers. */
export function filedOf(data: CorpusData): FiledFacts {
  const { lexicon: _lexicon, index: _index, topicMatcher, sourceMatcher, articleMatcher, ...filed } = data;
  return filed;
}

/** Articles as stored, with what filing reads of their analyses (in the same order). */
export interface ArticlesToFile {
  articles: readonly StoredArticle[];
  analyses: readonly FiledAnalysis[];
  lexicon: Lexicon;
}

// Analysed articles filed per step: their analysis is done, so this is cheap per article.
const FILE_SLICE = 64;

/**
 * Files analysed articles into what the answers read (figures by topic and counted noun, quotations by source,
 * spreads), sorted as the answers list them, step by step. The analyses are not changed: a quotation filed under
 * another name than it was read with is filed as a copy (see filedCredit).
 */
export function* fileFactsSteps(input: ArticlesToFile, lexicon: CompiledLexicon): Generator<void, FiledFacts> {
  const articles = new Map<string, StoredArticle>();
  const filings = new Map<string, ArticleFiling>();
  const figuresByTopic = new Map<string, Figure[]>();
  const figuresByWord = new Map<string, Figure[]>();
  const creditsBySource = new Map<string, Attribution[]>();
  const toldAsRead = new Map<string, Attribution[]>();
  const wordKey = wordKeys();
  let figureCount = 0;
  let attributionCount = 0;
  let paragraphCount = 0;

  // A closure rather than the loop's body: V8 optimizes a function called again and again, while a generator's own
  // loop stays in slower code.
  const collect = (article: StoredArticle, analysis: FiledAnalysis): void => {
    const filing = articleFiling(analysis);
    articles.set(article.id, article);
    filings.set(article.id, filing);
    paragraphCount += paragraphCountOf(article.text);
    figureCount += filing.figures.length;
    for (const figure of filing.figures) {
      for (const topic of figure.topics) push(figuresByTopic, topic, figure);
      forEachWordKey(figure, wordKey, (key) => push(figuresByWord, key, figure));
    }
    attributionCount += filing.credits.length;
    for (const credit of filing.credits) {
      push(creditsBySource, credit.source, credit);
      const channel = channelOf(credit, lexicon);
      if (channel !== undefined) push(toldAsRead, channel, credit);
    }
  };
  for (let i = 0; i < input.articles.length; i++) {
    collect(input.articles[i]!, input.analyses[i]!);
    if (i % FILE_SLICE === FILE_SLICE - 1) yield;
  }
  yield;

  // Surnames join full names (see sourceJoinsSteps) before sorting: that moves quotations between lists.
  const joins = yield* sourceJoinsSteps(creditsBySource);
  const joined = joinedNames(joins);
  const sources = new Map<string, KnownSource>(lexiconSources(input.lexicon).map((s) => [s.id, s]));
  // Sorted by keys computed once (see recencyRanks), one list per step: a reload keeps answering in between.
  const ranks = recencyRanks(articles.keys(), (id) => articles.get(id)?.published ?? null);
  yield;
  const attributionsBySource = new Map<string, Attribution[]>();
  const copies = new Map<Attribution, Attribution>();
  for (const id of creditsBySource.keys()) {
    if (joins.has(id)) continue;
    const { source, read, credits } = sourceList(id, creditsBySource, joined.get(id) ?? [], sources.get(id));
    if (source?.discovered) sources.set(id, source);
    read.forEach((credit, i) => {
      if (credits[i] !== credit) copies.set(credit, credits[i]!);
    });
    sortAttributionsByRank(credits, ranks);
    attributionsBySource.set(id, credits);
    yield;
  }
  for (const [from, into] of joins) sources.set(from, sources.get(into)!);
  yield;
  for (const articleId of new Set([...copies.keys()].map((c) => c.articleId))) {
    filings.set(
      articleId,
      withFiled(filings.get(articleId)!, (c) => copies.get(c) ?? c),
    );
  }
  const toldBySource = new Map<string, Attribution[]>();
  for (const [channel, list] of toldAsRead)
    toldBySource.set(
      channel,
      list.map((c) => copies.get(c) ?? c),
    );
  yield;

  for (const list of figuresByTopic.values()) {
    sortFiguresByRank(list, ranks);
    yield;
  }
  const topicLists = new Map<string, FigureList>();
  for (const topic of input.lexicon.topics) {
    topicLists.set(topic.id, figureList(topic.id, topic.label, figuresByTopic.get(topic.id) ?? []));
    // A topic's spread reads all its figures: tens of thousands for a big one.
    yield;
  }
  const spreads = topicSpreads(input.lexicon, topicLists);
  const sourceCounts = sourceCountsOf(sources, attributionsBySource);
  yield;

  const subjects = figureSubjects(input.lexicon.topics, input.lexicon.vocabulary);
  const vocabularyWithFigures = subjectsWithFigures(subjects, figuresByWord);
  return {
    articles,
    topicLists,
    figuresByWord,
    attributionsBySource,
    toldBySource,
    spreads,
    sourceCounts,
    sources,
    vocabularyWithFigures,
    figureCount,
    attributionCount,
    paragraphCount,
    filings,
    creditsBySource,
  };
}
