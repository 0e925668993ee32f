import type { Attribution, Figure } from '../analysis/types';
import type { StoredArticle } from '../corpus/stored-article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import type { FigureSubject } from './figure-subject';
import type { KnownSource } from './known-sources';
import type { PassageIndex } from '../search/passage-index';
import type { NameMatcher } from '../search/name-matcher';
import type { SourceCount, TopicSpread } from './engine';
import type { FigureList } from './figure-list';

/**
 * Everything the answer functions read, computed once per corpus version. Plain data: the answers are pure
 * functions of it, and a reload builds a new one beside the old.
 */
export interface CorpusData {
  articles: ReadonlyMap<string, StoredArticle>;
  lexicon: CompiledLexicon;
  index: PassageIndex;
  /** Figures per topic id, in the order answers list them (value, then newest article first), with their spread. */
  topicLists: ReadonlyMap<string, FigureList>;
  /**
   * Figures by the folded word they count ("Satelliten", "Prozent") or measure ("Wachstum" in "ein Wachstum von 1,5
   * Prozent"), in corpus order: for `/figure` on a word no topic lists, and for the news vocabulary. Read only on
   * those paths, so lists are sorted there, on first use, not in every build.
   */
  figuresByWord: ReadonlyMap<string, readonly Figure[]>;
  attributionsBySource: ReadonlyMap<string, readonly Attribution[]>;
  /** Statements made to a lexicon source ("sagte er der APA", "im Interview mit KBS"), by that channel's id. */
  toldBySource: ReadonlyMap<string, readonly Attribution[]>;
  spreads: readonly TopicSpread[];
  sourceCounts: readonly SourceCount[];
  /** Every source by id, lexicon and discovered; a surname that joined a full name maps to that source. */
  sources: ReadonlyMap<string, KnownSource>;
  /** Topics and vocabulary entries by every name a user may type. */
  topicMatcher: NameMatcher<FigureSubject>;
  /** Ids of the vocabulary subjects some figure counts or measures: autocomplete offers only those. */
  vocabularyWithFigures: ReadonlySet<string>;
  sourceMatcher: NameMatcher<KnownSource>;
  articleMatcher: NameMatcher<StoredArticle>;
  figureCount: number;
  attributionCount: number;
  paragraphCount: number;
  /** What each article's filing added, by article id in the articles' order: what a revision takes out again. */
  filings: ReadonlyMap<string, ArticleFiling>;
  /**
   * Quotations as read, before any source joined another (see sourceJoinsSteps), by the source id read, in corpus
   * order, sources in the order first credited: what the joins and the discovered sources are decided from.
   */
  creditsBySource: ReadonlyMap<string, readonly Attribution[]>;
}

/**
 * What filing one article added to the facts. Kept so that a reload revises the facts of the articles it changes
 * (see revise-facts) rather than filing the whole archive again.
 */
export interface ArticleFiling {
  figures: readonly Figure[];
  /** Its quotations as read, a sentence naming a source twice listed once. */
  credits: readonly Attribution[];
  /** The same quotations as filed (see filedCredit): each `credits[i]` itself, or its copy under another name. */
  filed: readonly Attribution[];
}
