import type { Attribution, Figure } from '../analysis/types';
import type { StoredArticle } from '../corpus/stored-article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import type { TopicEntry } from '../lexicon/schema';
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
   * Figures by the folded noun they count, in corpus order: lets `/figure Satelliten` work when no topic matches.
   * Read only on that rare path, so they are sorted there, on first use, not in every build.
   */
  figuresByCountedKey: ReadonlyMap<string, readonly Figure[]>;
  attributionsBySource: ReadonlyMap<string, readonly Attribution[]>;
  spreads: readonly TopicSpread[];
  sourceCounts: readonly SourceCount[];
  /** Every source by id, lexicon and discovered; a surname that joined a full name maps to that source. */
  sources: ReadonlyMap<string, KnownSource>;
  topicMatcher: NameMatcher<TopicEntry>;
  sourceMatcher: NameMatcher<KnownSource>;
  articleMatcher: NameMatcher<StoredArticle>;
  figureCount: number;
  attributionCount: number;
  paragraphCount: number;
}
