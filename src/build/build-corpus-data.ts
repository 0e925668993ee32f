import type { ArticleAnalysis } from '../analysis/analyze-article';
import { ownAnalysisText } from '../analysis/own-analysis-text';
import { createAnalysisSharer } from '../analysis/share-analysis-strings';
import type { Article } from '../corpus/article';
import type { StoredArticle } from '../corpus/stored-article';
import { compileLexicon, type CompiledLexicon } from '../lexicon/compile-lexicon';
import type { Lexicon } from '../lexicon/schema';
import { createNameMatcherInSlices, type NameMatcher } from '../search/name-matcher';
import { exactNameMatcher } from '../search/exact-name-matcher';
import { preferringFirst } from '../search/preferring-matcher';
import { createPassageIndexBuilder } from '../search/passage-index';
import type { CorpusData } from '../engine/corpus-data';
import { figureSubjects } from '../engine/figure-subject';
import type { KnownSource } from '../engine/known-sources';
import { readArticlesSteps } from './read-articles';
import { DEFAULT_SLICE_MS, runInSlices, runToEnd } from '../steps/run-steps';
import { fileFactsSteps, type FiledFacts } from './facts/file-facts';

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

// Analyses owned and shared per step: their analysis is done, so this is cheap per article.
const SHARE_SLICE = 64;

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
    if (i % SHARE_SLICE === SHARE_SLICE - 1) yield;
  }
  const index = yield* indexBuilder.finishInSlices(read.articles);
  const facts = yield* corpusFactsSteps({ ...read, lexicon: input.lexicon }, lexicon);
  return { ...facts, index };
}

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

/** Autocomplete looks at the most-cited 500 discovered names a prefix's letter starts: see MatcherOptions. */
const DISCOVERED_COMPLETION_WALK = 500;

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
