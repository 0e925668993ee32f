import type { ArticleAnalysis } from '../analysis/analyze-article';
import { ownAnalysisText } from '../analysis/own-analysis-text';
import { createAnalysisSharer } from '../analysis/share-analysis-strings';
import type { Attribution, Figure } from '../analysis/types';
import type { Article } from '../corpus/article';
import type { StoredArticle } from '../corpus/stored-article';
import { compileLexicon, type CompiledLexicon } from '../lexicon/compile-lexicon';
import { phraseKey } from '../lexicon/match-key';
import type { Lexicon } from '../lexicon/schema';
import { createNameMatcherInSlices, type NameMatcher } from '../search/name-matcher';
import { exactNameMatcher } from '../search/exact-name-matcher';
import { preferringFirst } from '../search/preferring-matcher';
import { createPassageIndexBuilder } from '../search/passage-index';
import { foldText } from '../text/fold';
import { paragraphCount as paragraphCountOf } from '../corpus/article-text';
import { recencyRanks, sortFiguresByRank } from '../engine/figure-order';
import type { CorpusData } from '../engine/corpus-data';
import type { SourceCount, TopicSpread } from '../engine/engine';
import { figureList, type FigureList } from '../engine/figure-list';
import { figureSubjects, subjectsWithFigures } from '../engine/figure-subject';
import { knownSources, type KnownSource } from '../engine/known-sources';
import { readArticlesSteps } from './read-articles';
import { DEFAULT_SLICE_MS, runInSlices, runToEnd } from '../steps/run-steps';
import { sortByKeys } from '../engine/sort-by-keys';

export interface CorpusInput {
  articles: readonly Article[];
  lexicon: Lexicon;
}

/** Articles as stored, with their analyses (in the same order): what filing them needs. */
export interface AnalysedCorpus {
  articles: readonly StoredArticle[];
  analyses: readonly ArticleAnalysis[];
  lexicon: Lexicon;
}

/** Everything the answers read except the passage index, which can be built apart (see src/build). */
export type CorpusFacts = Omit<CorpusData, 'index'>;

// Analysed articles filed per step: their analysis is done, so this is cheap per article.
const FILE_SLICE = 64;

/**
 * Builds the corpus data step by step, yielding after each article, so a caller can build in slices and keep the
 * event loop answering queries during a reload (see buildCorpusDataAsync). The steps are the whole build: nothing
 * is shared with, or mutated in, the corpus data currently in service.
 */
function* buildCorpusDataSteps(input: CorpusInput, onRead?: (count: number) => void): Generator<void, CorpusData> {
  const lexicon = compileLexicon(input.lexicon);
  const indexBuilder = createPassageIndexBuilder();
  const read = yield* readArticlesSteps(input.articles, lexicon, indexBuilder, onRead);
  // In slices like the rest: on a reload this copies tens of thousands of words.
  const share = createAnalysisSharer();
  for (let i = 0; i < read.analyses.length; i++) {
    ownAnalysisText(read.analyses[i]!);
    share(read.articles[i]!.id, read.analyses[i]!);
    if (i % FILE_SLICE === FILE_SLICE - 1) yield;
  }
  const index = yield* indexBuilder.finishInSlices(read.articles);
  const facts = yield* corpusFactsSteps({ ...read, lexicon: input.lexicon }, lexicon);
  return { ...facts, index };
}

/**
 * The facts without what is built from them (name matchers) or from the lexicon alone: plain data, which the cache
 * keeps for a start on an unchanged folder (see readKeptFacts in cache/article-cache.ts).
 */
export type FiledFacts = Omit<CorpusFacts, 'lexicon' | 'topicMatcher' | 'sourceMatcher' | 'articleMatcher'>;

/**
 * Files analysed articles into what the answers read (figures by topic and counted noun, quotations by source,
 * spreads, name matchers), sorted as the answers list them, step by step.
 */
export function* corpusFactsSteps(
  input: AnalysedCorpus,
  lexicon: CompiledLexicon = compileLexicon(input.lexicon),
): Generator<void, CorpusFacts> {
  const filed = yield* fileFactsSteps(input, lexicon);
  return yield* withMatchersSteps(filed, input.lexicon, lexicon);
}

/** The filing of corpusFactsSteps: everything but the name matchers. */
function* fileFactsSteps(input: AnalysedCorpus, lexicon: CompiledLexicon): Generator<void, FiledFacts> {
  const articles = new Map<string, StoredArticle>();
  const figuresByTopic = new Map<string, Figure[]>();
  const figuresByWord = new Map<string, Figure[]>();
  const attributionsBySource = new Map<string, Attribution[]>();
  const toldBySource = new Map<string, Attribution[]>();
  const countedKeys = new Map<string, string>();
  let figureCount = 0;
  let attributionCount = 0;
  let paragraphCount = 0;

  // The same few nouns are counted over and over (Soldaten, Menschen, Prozent): each is folded once.
  const wordKey = (word: string): string => {
    let key = countedKeys.get(word);
    if (key === undefined) {
      key = foldText(word);
      countedKeys.set(word, key);
    }
    return key;
  };
  const collect = (article: StoredArticle, analysis: ArticleAnalysis): void => {
    articles.set(article.id, article);
    paragraphCount += paragraphCountOf(article.text);
    for (const figure of analysis.figures) {
      figureCount += 1;
      for (const topic of figure.topics) push(figuresByTopic, topic, figure);
      if (figure.counted) push(figuresByWord, wordKey(figure.counted), figure);
      if (figure.measure) push(figuresByWord, wordKey(figure.measure), figure);
    }
    // A sentence naming a source twice ("KCNA … von KCNA zitiert") is one quotation, listed once.
    const seen = new Set<string>();
    for (const attribution of analysis.attributions) {
      const key = `${attribution.source}:${attribution.paragraph}:${attribution.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      attributionCount += 1;
      push(attributionsBySource, attribution.source, attribution);
      const channel = attribution.via === undefined ? undefined : channelId(attribution.via, lexicon);
      if (channel !== undefined) push(toldBySource, channel, attribution);
    }
  };

  for (let i = 0; i < input.articles.length; i++) {
    collect(input.articles[i]!, input.analyses[i]!);
    if (i % FILE_SLICE === FILE_SLICE - 1) yield;
  }
  yield;

  // Surnames join full names (see knownSources) before sorting: that moves attributions between lists.
  const sources = knownSources(input.lexicon, attributionsBySource);
  yield;
  // Sorted by keys computed once (see recencyRanks), one list per step: a reload keeps answering in between.
  const ranks = recencyRanks(articles.keys(), (id) => articles.get(id)?.published ?? null);
  yield;
  for (const list of attributionsBySource.values()) {
    sortAttributionsByRank(list, ranks);
    yield;
  }
  for (const list of figuresByTopic.values()) {
    sortFiguresByRank(list, ranks);
    yield;
  }

  const spreads: TopicSpread[] = [];
  const topicLists = new Map<string, FigureList>();
  for (const topic of input.lexicon.topics) {
    const list = figureList(topic.id, topic.label, figuresByTopic.get(topic.id) ?? []);
    topicLists.set(topic.id, list);
    if (list.spread) spreads.push(topic.labels ? { ...list.spread, labels: topic.labels } : list.spread);
    // A topic's spread reads all its figures: tens of thousands for a big one.
    yield;
  }
  spreads.sort((a, b) => b.figures - a.figures || a.label.localeCompare(b.label));
  const distinctSources = [...new Set(sources.values())];
  const sourceCounts: SourceCount[] = distinctSources
    .map((s) => ({
      sourceId: s.id,
      name: s.name,
      ...(s.labels !== undefined && { labels: s.labels }),
      count: attributionsBySource.get(s.id)?.length ?? 0,
    }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
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
  };
}

/**
 * How a name matcher over sources or article titles is built from its steps: in the caller's steps (the default),
 * or deferred until after the corpus is in service (see deferredMatcher).
 */
export type MatcherBuild = <T extends { id: string }>(
  steps: Generator<void, NameMatcher<T>>,
) => Generator<void, NameMatcher<T>>;

function* inSteps<T extends { id: string }>(steps: Generator<void, NameMatcher<T>>): Generator<void, NameMatcher<T>> {
  return yield* steps;
}

/**
 * The name matchers over filed facts (topics and vocabulary, sources, articles), weighted by what the facts hold:
 * a start that takes the filed facts from the cache builds them the same way.
 */
export function* withMatchersSteps(
  filed: FiledFacts,
  source: Lexicon,
  lexicon: CompiledLexicon,
  build: MatcherBuild = inSteps,
): Generator<void, CorpusFacts> {
  const subjects = figureSubjects(source.topics, source.vocabulary);
  yield;
  const topicMatcher = yield* createNameMatcherInSlices(
    subjects.map((subject) => ({
      item: subject,
      names: subject.names,
      weight: subject.topic ? (filed.topicLists.get(subject.id)?.figures.length ?? 0) : 0,
    })),
  );
  yield;
  const sourceMatcher = yield* build(sourceMatcherSteps(filed));
  yield;
  // Article titles grow with the archive: built in slices like the index, so a reload never blocks on them.
  const articleMatcher = yield* build(
    createNameMatcherInSlices(
      [...filed.articles.values()].map((a) => ({ item: a, names: [a.id, a.title], weight: 0 })),
    ),
  );
  return { ...filed, lexicon, topicMatcher, sourceMatcher, articleMatcher };
}

/** The sources by every name, lexicon sources preferred, weighted by how often each is cited. */
function* sourceMatcherSteps(filed: FiledFacts): Generator<void, NameMatcher<KnownSource>> {
  const distinctSources = [...new Set(filed.sources.values())];
  const citations = (s: KnownSource) => filed.attributionsBySource.get(s.id)?.length ?? 0;
  const sourceEntry = (s: KnownSource) => ({ item: s, names: [s.name, ...s.aliases], weight: citations(s) });
  const curatedMatcher = yield* createNameMatcherInSlices(
    distinctSources.filter((s) => !s.discovered).map(sourceEntry),
  );
  yield;
  // Most discovered names are credited once: they are found by name as written, while typos, suggestions and
  // autocomplete cover the names cited more often (see exactNameMatcher).
  const discovered = distinctSources.filter((s) => s.discovered);
  const discoveredMatcher = yield* createNameMatcherInSlices(
    discovered.filter((s) => citations(s) > 1).map(sourceEntry),
    { completionWalk: DISCOVERED_COMPLETION_WALK },
  );
  yield;
  const citedOnce = exactNameMatcher(discovered.filter((s) => citations(s) <= 1).map(sourceEntry));
  return preferringFirst(curatedMatcher, preferringFirst(citedOnce, discoveredMatcher, citations), citations);
}

/**
 * Newest article first, then by article id, paragraph and sentence: the order /source lists quotations in.
 * In place and stable, by keys read once per attribution (ranks from recencyRanks).
 */
export function sortAttributionsByRank(list: Attribution[], ranks: ReadonlyMap<string, number>): void {
  sortByKeys(list, [(a) => ranks.get(a.articleId)!, (a) => a.paragraph, (a) => a.sentence]);
}

/**
 * The lexicon source a channel names, read from its end: "dem südkoreanischen Fernsehsender KBS" is KBS, "der
 * Nachrichtenagentur AFP" is AFP.
 */
function channelId(via: string, lexicon: CompiledLexicon): string | undefined {
  const words = via.split(/\s+/);
  for (let first = 0; first < words.length; first++) {
    const id = lexicon.sourceIdByPhrase.get(phraseKey(words.slice(first).join(' ')));
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Autocomplete looks at the most-cited 500 discovered names a prefix's letter starts: see MatcherOptions. */
const DISCOVERED_COMPLETION_WALK = 500;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds in one go: for start-up and tests, where nothing else is waiting on the event loop. */
export function buildCorpusData(input: CorpusInput): CorpusData {
  return runToEnd(buildCorpusDataSteps(input));
}

/**
 * Builds in slices of about `sliceMs` of work, giving the event loop a turn between slices, so queries keep being
 * answered (from the old corpus) while a reload builds the new one.
 */
export function buildCorpusDataAsync(
  input: CorpusInput,
  sliceMs = DEFAULT_SLICE_MS,
  onRead?: (count: number) => void,
): Promise<CorpusData> {
  return runInSlices(buildCorpusDataSteps(input, onRead), sliceMs);
}
