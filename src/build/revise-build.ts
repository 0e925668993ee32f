import { analyzeArticleSteps } from '../analysis/analyze-article';
import { ownAnalysisText } from '../analysis/own-analysis-text';
import { createAnalysisSharer } from '../analysis/share-analysis-strings';
import type { Article, FileProblem } from '../corpus/article';
import { loadArticleFiles, type ArticleFiles } from '../corpus/load-articles';
import { storeArticle, unstoreArticle, type StoredArticle } from '../corpus/stored-article';
import type { CorpusData } from '../engine/corpus-data';
import { compileLexicon } from '../lexicon/compile-lexicon';
import type { Lexicon } from '../lexicon/schema';
import {
  createPassageIndexBuilder,
  withArticles,
  type PassageIndexBuilder,
  type PassageIndexParts,
} from '../search/passage-index';
import { reviseIndexSteps, type IndexRun } from '../search/revise-index';
import { runInSlices } from '../steps/run-steps';
import { withMatchersSteps } from './build-corpus-data';
import { filedOf } from './facts/file-facts';
import type { CachedArticle } from './cache/article-cache';
import { deferred } from './deferred-matcher';
import { reviseFactsSteps } from './facts/revise-facts';
import type { BuildProgress } from './load-and-build';
import type { RevisionBasis } from './revision-basis';

/** A revision of the corpus in service: what it built, and what the cache lacks of it. */
export interface Revised {
  /** Null when `accept` refused the problems. */
  data: CorpusData | null;
  problems: FileProblem[];
  /** Every article's key, in the new order. */
  keys: string[];
  /** The articles read and analysed afresh, in order: the only ones the cache lacks. */
  fresh: CachedArticle[];
  /** Articles taken from the corpus in service. */
  kept: number;
  /** The revised index, as the cache files it; null with the data. */
  parts: PassageIndexParts | null;
}

interface RevisionInput {
  folder: string;
  files: readonly ArticleFiles[];
  /** Per file, at the same position, the key of its files as they are now; null where one cannot be read. */
  keys: readonly (string | null)[];
  basis: RevisionBasis;
  lexicon: Lexicon;
  sliceMs: number;
  problemsWith: (fileProblems: FileProblem[]) => FileProblem[];
  accept?: (problems: readonly FileProblem[], loadedIds: readonly string[]) => boolean;
  /** Told as articles are taken or read, and when the index and facts are revised (see BuildProgress). */
  onProgress?: (progress: BuildProgress) => void;
}

/**
 * Articles changed beyond this share of the archive are rebuilt rather than revised: reading a quarter of it on one
 * thread takes about as long as a whole build in workers (the same rule as a build with a cache).
 */
const MOST_CHANGED = 1 / 4;

/** An article of the revised corpus, in order: one of the corpus in service (by position), or one read afresh. */
type Slot = { old: number } | { article: Article; key: string };

/**
 * A reload's build by revising the corpus in service (`basis`) rather than building anew: an article whose files
 * kept their key keeps its reading, its place in the index and its filed facts; only new and changed files are
 * read and analysed, and the index and facts are revised for them and for the articles that went (see
 * reviseIndexSteps, reviseFactsSteps). The result is what a whole build of the folder gives
 * (revise-build.test.ts), at a cost that follows the change rather than the archive. Null when most of the archive
 * changed, and a whole build is as quick.
 */
export async function reviseBuild(input: RevisionInput): Promise<Revised | null> {
  const { basis, files, keys } = input;
  const oldArticles = basis.data.index.articles;
  const oldPosition = new Map(oldArticles.map((article, i) => [article.id, i]));
  // Per file: the old article it keeps, or -1 when it is to be read.
  const keptFrom = new Int32Array(files.length).fill(-1);
  const keptOld = new Uint8Array(oldArticles.length);
  const toRead: ArticleFiles[] = [];
  files.forEach((file, i) => {
    const old = oldPosition.get(file.id);
    if (old !== undefined && basis.keys[old] === keys[i]) {
      keptFrom[i] = old;
      keptOld[old] = 1;
    } else toRead.push(file);
  });
  const kept = files.length - toRead.length;
  // Gone or changed: a changed article is taken out and read in again.
  const removed = new Set(oldArticles.filter((_, i) => keptOld[i] === 0).map((article) => article.id));
  if (toRead.length + removed.size > MOST_CHANGED * Math.max(files.length, oldArticles.length)) return null;

  const loaded = await loadArticleFiles(input.folder, toRead);
  const problems = input.problemsWith(loaded.problems);
  const freshById = new Map(loaded.articles.map((article, i) => [article.id, { article, key: loaded.keys[i]! }]));
  // The new order: the listing's, without the files that could not be read.
  const order: Slot[] = [];
  files.forEach((file, i) => {
    const fresh = freshById.get(file.id);
    if (keptFrom[i]! >= 0) order.push({ old: keptFrom[i]! });
    else if (fresh) order.push(fresh);
  });
  const ids = order.map((slot) => ('old' in slot ? oldArticles[slot.old]!.id : slot.article.id));
  const newKeys = order.map((slot) => ('old' in slot ? basis.keys[slot.old]! : slot.key));
  if (input.accept && !input.accept(problems, ids)) {
    return { data: null, problems, keys: newKeys, fresh: [], kept, parts: null };
  }
  const of = files.length;
  const onRead = (articles: number) => {
    input.onProgress?.({ articles, of });
    if (articles === order.length) input.onProgress?.({ articles, of, phase: 'indexing' });
  };
  // Nothing changed (a second /reload): the corpus in service is the folder's as it is.
  if (toRead.length === 0 && removed.size === 0) {
    onRead(order.length);
    return { data: basis.data, problems, keys: newKeys, fresh: [], kept, parts: partsOf(basis.data) };
  }
  const change = { order, removed };
  const revised = await runInSlices(revisionSteps(basis, change, input.lexicon, onRead), input.sliceMs);
  return { ...revised, problems, keys: newKeys, kept };
}

function* revisionSteps(
  basis: RevisionBasis,
  { order, removed }: { order: readonly Slot[]; removed: ReadonlySet<string> },
  lexicon: Lexicon,
  onRead: (articles: number) => void,
): Generator<void, { data: CorpusData; fresh: CachedArticle[]; parts: PassageIndexParts }> {
  const compiled = compileLexicon(lexicon);
  const share = createAnalysisSharer();
  const oldArticles = basis.data.index.articles;
  const fresh: CachedArticle[] = [];
  const runs: IndexRun[] = [];
  const articles: StoredArticle[] = [];
  let reader: PassageIndexBuilder | null = null;
  for (const slot of order) {
    if ('old' in slot) {
      if (reader !== null) {
        runs.push({ shard: reader.exportShard() });
        reader = null;
      }
      const last = runs.at(-1);
      if (last !== undefined && 'kept' in last && last.kept.end === slot.old) last.kept.end += 1;
      else runs.push({ kept: { start: slot.old, end: slot.old + 1 } });
      articles.push(oldArticles[slot.old]!);
      continue;
    }
    const analysis = yield* analyzeArticleSteps(slot.article, compiled);
    ownAnalysisText(analysis);
    share(slot.article.id, analysis);
    reader ??= createPassageIndexBuilder();
    reader.add(slot.article);
    const stored = storeArticle(slot.article);
    fresh.push({ key: slot.key, article: stored, analysis });
    articles.push(stored);
    if (articles.length < order.length) onRead(articles.length);
    yield;
  }
  if (reader !== null) runs.push({ shard: reader.exportShard() });
  onRead(articles.length);

  // A removed article's contribution to the index is taken away by reading it again (see OldArticleShard).
  const oldShard = (article: number) => {
    const reader = createPassageIndexBuilder();
    reader.add(unstoreArticle(oldArticles[article]!));
    return reader.exportShard();
  };
  const parts = yield* reviseIndexSteps(partsOf(basis.data), runs, oldShard);
  const change = { order: articles.map((a) => a.id), removed, added: fresh };
  const filed = yield* reviseFactsSteps(filedOf(basis.data), change, lexicon, compiled);
  const facts = yield* withMatchersSteps(filed, lexicon, compiled, deferred);
  return { data: { ...facts, index: withArticles(parts, articles) }, fresh, parts };
}

/** The index of corpus data as parts (see PassageIndexParts). */
function partsOf(data: CorpusData): PassageIndexParts {
  const { articles, ...parts } = data.index;
  return { ...parts, articleCount: articles.length };
}
