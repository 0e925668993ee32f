import type { ArticleAnalysis } from '../../analysis/analyze-article';
import type { Attribution, Figure } from '../../analysis/types';
import { paragraphCount as paragraphCountOf } from '../../corpus/article-text';
import type { StoredArticle } from '../../corpus/stored-article';
import type { SourceCount } from '../../engine/engine';
import type { ArticleFiling } from '../../engine/corpus-data';
import {
  compareAttributions,
  compareFigures,
  newestFirst,
  recencyRanks,
  sortAttributionsByRank,
} from '../../engine/figure-order';
import { figureList, type FigureList } from '../../engine/figure-list';
import { figureSubjects, subjectsWithFigures } from '../../engine/figure-subject';
import { abbreviationOf, filedCredit, sourceJoinsSteps, surnameOf, type KnownSource } from '../../engine/known-sources';
import type { CompiledLexicon } from '../../lexicon/compile-lexicon';
import type { Lexicon } from '../../lexicon/schema';
import { articleFiling, channelOf, forEachWordKey, push, withFiled, wordKeys } from './article-filing';
import { byCount, sourceCount, topicSpreads } from './facts-board';
import { fileFactsSteps, type FiledFacts } from './file-facts';
import { mergedInto, revisedMapSteps, withoutItems } from './revised-order';
import { eachInSteps } from '../../steps/each-in-steps';
import { joinedNames, sourceList } from './source-list';

/** A new article list, told as what changed from the list some facts were filed from. */
export interface FactsChange {
  /** The new article list's ids, in order (the order a full build files them in). */
  order: readonly string[];
  /** Ids of old articles that are gone or changed. */
  removed: ReadonlySet<string>;
  /** New or changed articles with their analyses, already shared/owned as the build does (createAnalysisSharer, ownAnalysisText). */
  added: readonly { article: StoredArticle; analysis: ArticleAnalysis }[];
}

/** Room for an item's place within its article in a number ordering first filings (see revisedMapSteps). */
const IN_ARTICLE = 2 ** 21;

/**
 * The facts `fileFactsSteps` files from the new article list, worked out from `old` (filed with the same lexicon)
 * and the change: only the lists the removed and added articles are in are filed again, the rest are taken as they
 * are. `old`, and everything it holds, is left as it was: it stays in service until the new facts replace it.
 *
 * Whether a surname joins a full name depends on every source of the archive, so the joins are decided again over
 * all of them (see sourceJoinsSteps); a discovered source whose credits or joins changed is filed again whole.
 * Articles that kept their place relative to each other are what a reload sees; were they reordered, everything
 * is filed again from the articles' filings.
 */
export function* reviseFactsSteps(
  old: FiledFacts,
  change: FactsChange,
  lexicon: Lexicon,
  compiled: CompiledLexicon,
): Generator<void, FiledFacts> {
  const addedArticles = new Map(change.added.map(({ article }) => [article.id, article]));
  const position = new Map<string, number>();
  change.order.forEach((id, i) => {
    position.set(id, i);
  });
  const kept = (id: string) => old.articles.has(id) && !change.removed.has(id);
  if (position.size !== change.order.length || change.order.some((id) => !addedArticles.has(id) && !kept(id))) {
    throw new Error('the new article list holds an article twice, or one neither kept nor added');
  }
  let last = -1;
  let reordered = false;
  yield* eachInSteps(old.articles.keys(), (id) => {
    if (!kept(id)) return;
    const at = position.get(id);
    if (at === undefined || addedArticles.has(id)) throw new Error(`article ${id} is neither kept nor removed`);
    reordered ||= at < last;
    last = at;
  });
  if (reordered) return yield* refileSteps(old, change, lexicon, compiled);

  const articles = new Map<string, StoredArticle>();
  yield* eachInSteps(change.order, (id) => {
    articles.set(id, addedArticles.get(id) ?? old.articles.get(id)!);
  });
  const pos = (id: string) => position.get(id)!;
  const recency = (a: string, b: string) =>
    newestFirst(
      { id: a, published: articles.get(a)!.published ?? '' },
      { id: b, published: articles.get(b)!.published ?? '' },
    );
  const removed = [...change.removed].filter((id) => old.articles.has(id));
  const byPosition = (a: { articleId: string }, b: { articleId: string }) => pos(a.articleId) - pos(b.articleId);
  // The old lists are in the old order, which the removed articles still have a place in.
  const oldRecency = (a: string, b: string) =>
    newestFirst(
      { id: a, published: old.articles.get(a)!.published ?? '' },
      { id: b, published: old.articles.get(b)!.published ?? '' },
    );
  let oldPositions: Map<string, number> | undefined;
  const byOldPosition = (a: { articleId: string }, b: { articleId: string }) => {
    oldPositions ??= new Map([...old.articles.keys()].map((id, i) => [id, i]));
    return oldPositions.get(a.articleId)! - oldPositions.get(b.articleId)!;
  };

  // The added articles' filings, in the order they are filed.
  const added = new Map<string, ArticleFiling>();
  for (const { article, analysis } of [...change.added].sort((a, b) => pos(a.article.id) - pos(b.article.id))) {
    added.set(article.id, articleFiling(analysis));
  }
  const filingOf = (id: string) => added.get(id) ?? old.filings.get(id)!;
  const removedFilings = removed.map((id) => old.filings.get(id)!);
  // What the removed articles filed, by the list it was filed in.
  const wordKey = wordKeys();
  const removedByTopic = new Map<string, Figure[]>();
  const removedByWord = new Map<string, Figure[]>();
  const removedBySource = new Map<string, Attribution[]>();
  const filedGoneBySource = new Map<string, Attribution[]>();
  const filedGoneByChannel = new Map<string, Attribution[]>();
  for (const filing of removedFilings) {
    for (const figure of filing.figures) {
      for (const topic of figure.topics) push(removedByTopic, topic, figure);
      forEachWordKey(figure, wordKey, (key) => push(removedByWord, key, figure));
    }
    filing.credits.forEach((credit, i) => {
      push(removedBySource, credit.source, credit);
      push(filedGoneBySource, credit.source, filing.filed[i]!);
      const channel = channelOf(credit, compiled);
      if (channel !== undefined) push(filedGoneByChannel, channel, filing.filed[i]!);
    });
  }
  let { figureCount, attributionCount, paragraphCount } = old;
  for (const id of removed) {
    paragraphCount -= paragraphCountOf(old.articles.get(id)!.text);
    figureCount -= old.filings.get(id)!.figures.length;
    attributionCount -= old.filings.get(id)!.credits.length;
  }
  for (const [id, filing] of added) {
    paragraphCount += paragraphCountOf(articles.get(id)!.text);
    figureCount += filing.figures.length;
    attributionCount += filing.credits.length;
  }

  // Figures: the lists of the topics and words the removed and added figures are filed under.
  const touchedTopics = new Set(removedByTopic.keys());
  const touchedWords = new Set(removedByWord.keys());
  const addedByTopic = new Map<string, Figure[]>();
  const addedByWord = new Map<string, Figure[]>();
  for (const filing of added.values()) {
    for (const figure of filing.figures) {
      for (const topic of figure.topics) push(addedByTopic, topic, figure);
      forEachWordKey(figure, wordKey, (key) => push(addedByWord, key, figure));
    }
  }
  for (const topic of addedByTopic.keys()) touchedTopics.add(topic);
  for (const word of addedByWord.keys()) touchedWords.add(word);
  yield;

  const figureOrder = (a: Figure, b: Figure) => compareFigures(a, b, recency) || byPosition(a, b);
  const topicLists = new Map<string, FigureList>();
  for (const topic of lexicon.topics) {
    const before = old.topicLists.get(topic.id)!;
    if (!touchedTopics.has(topic.id)) {
      topicLists.set(topic.id, before);
      continue;
    }
    const adding = [...(addedByTopic.get(topic.id) ?? [])].sort(figureOrder);
    const staying = withoutItems(before.figures, removedByTopic.get(topic.id) ?? [], (a, b) =>
      compareFigures(a, b, oldRecency),
    );
    topicLists.set(topic.id, figureList(topic.id, topic.label, mergedInto(staying, adding, figureOrder)));
    yield;
  }
  const spreads = topicSpreads(lexicon, topicLists);

  const wordLists = new Map<string, Figure[] | null>();
  for (const word of touchedWords) {
    const staying = withoutItems(old.figuresByWord.get(word) ?? [], removedByWord.get(word) ?? [], byOldPosition);
    const list = mergedInto(staying, addedByWord.get(word) ?? [], byPosition);
    wordLists.set(word, list.length > 0 ? list : null);
    yield;
  }
  const figuresByWord = yield* revisedMapSteps(old.figuresByWord, wordLists, (word, list) => {
    const figures = filingOf(list[0]!.articleId).figures;
    let at = -1;
    for (let i = 0; i < figures.length && at < 0; i++) {
      forEachWordKey(figures[i]!, wordKey, (key, slot) => {
        if (key === word && at < 0) at = 2 * i + slot;
      });
    }
    return pos(list[0]!.articleId) * IN_ARTICLE + at;
  });
  // A word gained or lost changes which vocabulary entries have figures. Words gained after every other word (an
  // archive added to at its end) only add the entries they count, after the others, as a full filing would.
  const lost = [...wordLists].some(([word, list]) => list === null && old.figuresByWord.has(word));
  const gained = [...wordLists].filter(([word, list]) => list !== null && !old.figuresByWord.has(word)).length;
  const lastWords = [...figuresByWord.keys()].slice(figuresByWord.size - gained);
  const subjects = () => figureSubjects(lexicon.topics, lexicon.vocabulary);
  let vocabularyWithFigures = old.vocabularyWithFigures;
  if (lost || (gained > 0 && lastWords.some((word) => old.figuresByWord.has(word)))) {
    vocabularyWithFigures = subjectsWithFigures(subjects(), figuresByWord);
  } else if (gained > 0) {
    const gainedLists = new Map(lastWords.map((word) => [word, figuresByWord.get(word)!]));
    vocabularyWithFigures = new Set([...old.vocabularyWithFigures, ...subjectsWithFigures(subjects(), gainedLists)]);
  }
  yield;

  // Quotations: first the lists as read of the sources the removed and added articles credit.
  const touchedSources = new Set(removedBySource.keys());
  const addedBySource = new Map<string, Attribution[]>();
  for (const filing of added.values()) for (const credit of filing.credits) push(addedBySource, credit.source, credit);
  for (const id of addedBySource.keys()) touchedSources.add(id);
  const readLists = new Map<string, Attribution[] | null>();
  for (const id of touchedSources) {
    const staying = withoutItems(old.creditsBySource.get(id) ?? [], removedBySource.get(id) ?? [], byOldPosition);
    const list = mergedInto(staying, addedBySource.get(id) ?? [], byPosition);
    readLists.set(id, list.length > 0 ? list : null);
  }
  const creditsBySource = yield* revisedMapSteps(
    old.creditsBySource,
    readLists,
    (_, list) => pos(list[0]!.articleId) * IN_ARTICLE + filingOf(list[0]!.articleId).credits.indexOf(list[0]!),
  );
  const joins = yield* sourceJoinsSteps(creditsBySource);
  const joined = joinedNames(joins);
  yield;

  // Whether a name joins another changes only where the names credited by a surname or an abbreviation changed:
  // for the touched sources themselves, and the lone surnames and abbreviations they answer to, before or after.
  const candidates = new Set(touchedSources);
  for (const id of touchedSources) {
    if (!id.startsWith('~')) continue;
    for (const credits of [old.creditsBySource.get(id), creditsBySource.get(id)]) {
      if (credits === undefined) continue;
      const surname = surnameOf(id, credits);
      if (surname !== undefined) candidates.add(`~${surname}`);
      const abbreviation = abbreviationOf(credits);
      if (abbreviation !== undefined) candidates.add(`~${abbreviation}`);
    }
  }
  const joinedBefore = (id: string) => {
    const into = old.sources.get(id)?.id;
    return into === id ? undefined : into;
  };
  // The lists filed again: of every source a touched one is filed under, before or after, and of every source a
  // name joins or leaves.
  const listOf = (id: string) => joins.get(id) ?? id;
  const affected = new Set<string>();
  const affect = (id: string) => {
    const into = listOf(id);
    if (creditsBySource.has(into)) affected.add(into);
  };
  for (const id of candidates) {
    const before = joinedBefore(id);
    if (!touchedSources.has(id) && joins.get(id) === before) continue;
    affect(id);
    if (before !== undefined) affect(before);
  }
  const gone = [...candidates].filter(
    (id) => old.attributionsBySource.has(id) && (!creditsBySource.has(id) || joins.has(id)),
  );
  yield;

  const refiled = new Map<string, Attribution[]>();
  const refiledSources = new Map<string, KnownSource>();
  // Quotations filed under another source, name or role than before (by the quotation as read), and their articles.
  const filedAnew = new Map<Attribution, Attribution>();
  const oldFiled = (credit: Attribution): Attribution | undefined => {
    const filing = old.filings.get(credit.articleId);
    if (filing === undefined || !kept(credit.articleId)) return undefined;
    return filing.filed[filing.credits.indexOf(credit)];
  };
  const attributionOrder = (a: Attribution, b: Attribution) => compareAttributions(a, b, recency) || byPosition(a, b);
  for (const id of affected) {
    if (!id.startsWith('~')) {
      // A lexicon's source is never joined: its quotations stay filed as they were, and the new ones are placed.
      const source = old.sources.get(id);
      const adding = (addedBySource.get(id) ?? []).map((credit) => {
        const filed = filedCredit(credit, id, source);
        if (filed !== credit) filedAnew.set(credit, filed);
        return filed;
      });
      adding.sort(attributionOrder);
      const staying = withoutItems(old.attributionsBySource.get(id) ?? [], filedGoneBySource.get(id) ?? [], (a, b) =>
        compareAttributions(a, b, oldRecency),
      );
      refiled.set(id, mergedInto(staying, adding, attributionOrder));
      yield;
      continue;
    }
    const { source, read, credits } = sourceList(id, creditsBySource, joined.get(id) ?? [], undefined);
    read.forEach((credit, i) => {
      const before = oldFiled(credit);
      let filed = credits[i]!;
      // The same filing as before is the same object: the article's filing and its channel's list stay as they are.
      if (before !== undefined && filed !== credit && before !== credit && sameFiling(before, filed)) filed = before;
      credits[i] = filed;
      if (filed !== (before ?? credit)) filedAnew.set(credit, filed);
    });
    sortAttributionsByRank(
      credits,
      recencyRanks(new Set(credits.map((c) => c.articleId)), (articleId) => articles.get(articleId)!.published),
    );
    refiled.set(id, credits);
    refiledSources.set(id, source!);
    yield;
  }

  const attributionsBySource = new Map<string, readonly Attribution[]>();
  const sources = new Map<string, KnownSource>();
  for (const entry of lexicon.sources) sources.set(entry.id, old.sources.get(entry.id)!);
  yield* eachInSteps(creditsBySource.keys(), (id) => {
    if (joins.has(id)) return;
    attributionsBySource.set(id, refiled.get(id) ?? old.attributionsBySource.get(id)!);
    if (id.startsWith('~')) sources.set(id, refiledSources.get(id) ?? old.sources.get(id)!);
  });
  for (const [from, into] of joins) sources.set(from, sources.get(into)!);
  yield;

  // Where a source stands among the sources: the lexicon's first, then the others in the order first credited.
  const lexiconPlaces = new Map(lexicon.sources.map((entry, i) => [entry.id, i]));
  const sourcePlace = (id: string) => {
    const first = creditsBySource.get(id)?.[0];
    if (lexiconPlaces.has(id) || first === undefined) return lexiconPlaces.get(id) ?? -1;
    return lexiconPlaces.size + pos(first.articleId) * IN_ARTICLE + filingOf(first.articleId).credits.indexOf(first);
  };
  const sourceCounts = yield* revisedCountsSteps(old, { sources, attributionsBySource, refiled, gone, sourcePlace });

  // The filings whose quotations are filed anew, and the lists of the channels they were told to.
  const filings = new Map<string, ArticleFiling>();
  const filedAnewIn = new Set([...filedAnew.keys()].map((credit) => credit.articleId));
  yield* eachInSteps(change.order, (id) => {
    const filing = added.get(id) ?? old.filings.get(id)!;
    filings.set(
      id,
      filedAnewIn.has(id) ? withFiled(filing, (credit, i) => filedAnew.get(credit) ?? filing.filed[i]!) : filing,
    );
  });
  const touchedChannels = new Set(filedGoneByChannel.keys());
  const addedByChannel = new Map<string, Attribution[]>();
  for (const credit of filedAnew.keys()) {
    const channel = channelOf(credit, compiled);
    if (channel !== undefined) touchedChannels.add(channel);
  }
  for (const id of added.keys()) {
    const { credits, filed } = filings.get(id)!;
    credits.forEach((credit, i) => {
      const channel = channelOf(credit, compiled);
      if (channel !== undefined) push(addedByChannel, channel, filed[i]!);
    });
  }
  for (const channel of addedByChannel.keys()) touchedChannels.add(channel);
  const toldLists = new Map<string, Attribution[] | null>();
  for (const channel of touchedChannels) {
    const remaining = withoutItems(
      old.toldBySource.get(channel) ?? [],
      filedGoneByChannel.get(channel) ?? [],
      byOldPosition,
    );
    const staying = remaining.map((told) => {
      if (!filedAnewIn.has(told.articleId)) return told;
      const before = old.filings.get(told.articleId)!;
      return filings.get(told.articleId)!.filed[before.filed.indexOf(told)]!;
    });
    const list = mergedInto(staying, addedByChannel.get(channel) ?? [], byPosition);
    toldLists.set(channel, list.length > 0 ? list : null);
  }
  const toldBySource = yield* revisedMapSteps(
    old.toldBySource,
    toldLists,
    (_, list) => pos(list[0]!.articleId) * IN_ARTICLE + filings.get(list[0]!.articleId)!.filed.indexOf(list[0]!),
  );

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

/** Two filings of one quotation as read: the same when filed under the same source, name and role. */
function sameFiling(a: Attribution, b: Attribution): boolean {
  return a.source === b.source && a.name === b.name && a.about === b.about;
}

/**
 * The sources by count (see sourceCountsOf) after a revision: the entries of the sources filed again (or gone) are
 * taken out and placed again. Entries that compare equal are in the order of the sources.
 */
function* revisedCountsSteps(
  old: FiledFacts,
  revised: {
    sources: ReadonlyMap<string, KnownSource>;
    attributionsBySource: ReadonlyMap<string, readonly Attribution[]>;
    refiled: ReadonlyMap<string, readonly Attribution[]>;
    /** Sources that had a list and have none now (no credits left, or joined another). */
    gone: readonly string[];
    /** A number ordering sources as `sources` does: what orders equal entries. */
    sourcePlace: (id: string) => number;
  },
): Generator<void, SourceCount[]> {
  const { sources, attributionsBySource, refiled } = revised;
  const stale = new Set([...refiled.keys(), ...revised.gone]);
  const order = (a: SourceCount, b: SourceCount) =>
    byCount(a, b) || revised.sourcePlace(a.sourceId) - revised.sourcePlace(b.sourceId);
  const adding: SourceCount[] = [];
  for (const id of refiled.keys()) {
    const source = sources.get(id);
    const count = attributionsBySource.get(id)!.length;
    if (source !== undefined && count > 0) adding.push(sourceCount(source, count));
  }
  adding.sort(order);
  const kept = old.sourceCounts.filter((entry) => !stale.has(entry.sourceId));
  yield;
  return mergedInto(kept, adding, order);
}

/** The whole filing again, from the articles' filings: for articles that changed their order. */
function* refileSteps(
  old: FiledFacts,
  change: FactsChange,
  lexicon: Lexicon,
  compiled: CompiledLexicon,
): Generator<void, FiledFacts> {
  const added = new Map(change.added.map((a) => [a.article.id, a]));
  const articles = change.order.map((id) => added.get(id)?.article ?? old.articles.get(id)!);
  const analyses = change.order.map((id) => {
    const analysis = added.get(id)?.analysis;
    if (analysis !== undefined) return analysis;
    const { figures, credits } = old.filings.get(id)!;
    return { figures, attributions: credits };
  });
  return yield* fileFactsSteps({ articles, analyses, lexicon }, compiled);
}
