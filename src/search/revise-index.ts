import { lengthNorms } from './bm25';
import { growableUint32, push, trimmed } from './growable-array';
import {
  chooseDisplaySpellings,
  OCCURRENCES,
  TERM,
  type PassageIndexParts,
  type PassageIndexShard,
} from './passage-index';
import {
  INFO_STRIDE,
  createStringTable,
  findChars,
  frozenPoolOf,
  frozenTableOf,
  hashesOf,
  internFromPool,
  type StringPool,
  type StringTable,
} from './string-table';
import { reviseTrigramIndex } from './trigram-index';

/** The articles of the revised index, in order: runs of the old index's articles kept as they were, and shards read afresh. */
export type IndexRun = { kept: { start: number; end: number } } | { shard: PassageIndexShard };

/**
 * The shard of the old index's article `article` alone (createPassageIndexBuilder, add, exportShard). Revising
 * asks for every article it removes, to take away what they contributed, and for the few kept articles where a
 * word only a removed article had first now occurs first, to learn its place among that article's words.
 */
export type OldArticleShard = (article: number) => PassageIndexShard;

const STRIDE = INFO_STRIDE;
const NONE = 0xffffffff;
// Items (terms, spellings, passages) per slice between yields: a few milliseconds of work on a slow core.
const SLICE = 10_000;

/**
 * Runs `work(from, to)` over [0, count) a slice at a time, yielding between. The loops live in plain functions:
 * V8 runs a loop in a generator's own body several times slower (DESIGN.md).
 */
function* inSlices(count: number, work: (from: number, to: number) => void): Generator<void, void> {
  for (let from = 0; from < count; from += SLICE) {
    work(from, Math.min(count, from + SLICE));
    yield;
  }
}

/**
 * The index a full build over the revised article list gives, array for array, made from the old index, the new
 * articles' shards and the removed articles' shards instead of from every article's shard.
 *
 * A full build numbers terms and spellings in the order the archive first meets them: by the article they first
 * occur in, then by their first occurrence there. The old index holds that order for everything whose first
 * article is kept; a shard holds it for its own articles; only what a removed article met first and a kept one
 * still has must be placed anew, by the old postings (terms), the spelling's first term's postings (spellings) and
 * that kept article's shard. Then postings, vocabulary and spellings are copied over renumbered, in flat passes
 * over typed arrays, and the display spellings and typo trigrams are worked out afresh (see DESIGN.md for costs).
 */
export function* reviseIndexSteps(
  old: PassageIndexParts,
  runs: readonly IndexRun[],
  oldShard: OldArticleShard,
): Generator<void, PassageIndexParts> {
  const layout = layOut(old, runs);
  yield;
  const oldArticles = oldArticleShards(old, oldShard);
  const removed: number[] = [];
  for (let a = 0; a < old.articleCount; a++) if (layout.newArticleOf[a] === -1) removed.push(a);

  const terms = yield* placeTerms(old, layout, removed, oldArticles);
  const spellings = yield* placeSpellings(old, layout, removed, oldArticles, terms);
  // Articles added at the end leave the old terms their ids, and their slots too.
  const vocabulary = yield* frozenTableOf(
    { pools: [old.terms, terms.extra], poolOf: terms.poolOf, ids: terms.idInPool },
    terms.hashes,
    terms.keepsOldIds ? old.terms : undefined,
    SLICE,
  );
  yield;
  const postings = yield* revisedPostings(old, layout, terms);
  yield;
  const display = yield* chooseDisplaySpellings(spellings.pool, spellings.compoundTerms, terms.order.length);
  yield;
  const trigrams = yield* reviseTrigramIndex(
    old.trigrams,
    old.terms,
    vocabulary,
    terms.keptInOrder,
    terms.afresh,
    SLICE,
  );
  const passageCount = layout.passageLength.length;
  const totalLength = layout.passageLength.reduce((sum, length) => sum + length, 0);
  const averageLength = passageCount ? totalLength / passageCount : 0;
  return {
    articleCount: layout.articleCount,
    passageArticle: layout.passageArticle,
    passageParagraph: layout.passageParagraph,
    passageLength: layout.passageLength,
    averageLength,
    lengthNorms: lengthNorms(layout.passageLength, averageLength),
    terms: vocabulary,
    ...postings,
    spellings: spellings.pool,
    ...display,
    trigrams,
    compoundTerms: spellings.compoundTerms,
    spellingArticle: spellings.article,
  };
}

/** Whether order starts 0, 1, ..., count - 1. */
function startsCounting(order: Uint32Array, count: number): boolean {
  if (order.length < count) return false;
  for (let i = 0; i < count; i++) if (order[i] !== i) return false;
  return true;
}

/** Where everything goes: articles and passages of the revised index, and where the old ones and the shards went. */
interface Layout {
  articleCount: number;
  /** Per old article: its index in the revised index, -1 when removed. */
  newArticleOf: Int32Array;
  /** Per revised article: its index in the old index, -1 when a shard brought it. */
  oldArticleOf: Int32Array;
  /** Per old passage: its number in the revised index, -1 when its article is removed. */
  newPassageOf: Int32Array;
  passageArticle: Uint32Array;
  passageParagraph: Uint32Array;
  passageLength: Uint32Array;
  /** The shards, each with its first article and passage in the revised index, in order. */
  placed: { shard: PassageIndexShard; article: number; passage: number }[];
}

function layOut(old: PassageIndexParts, runs: readonly IndexRun[]): Layout {
  // Old articles' passages are consecutive, in article order.
  const firstPassage = new Uint32Array(old.articleCount + 1);
  for (let p = 0; p < old.passageArticle.length; p++) firstPassage[old.passageArticle[p]! + 1]!++;
  for (let a = 0; a < old.articleCount; a++) firstPassage[a + 1]! += firstPassage[a]!;

  let articleCount = 0;
  let passageCount = 0;
  let keptUpTo = 0;
  for (const run of runs) {
    if ('kept' in run) {
      const { start, end } = run.kept;
      if (!(Number.isInteger(start) && Number.isInteger(end) && keptUpTo <= start && start <= end)) {
        throw new Error(`kept runs must be ascending and apart, got [${start}, ${end}) after ${keptUpTo}`);
      }
      if (end > old.articleCount) throw new Error(`kept run [${start}, ${end}) past the ${old.articleCount} articles`);
      keptUpTo = end;
      articleCount += end - start;
      passageCount += firstPassage[end]! - firstPassage[start]!;
    } else {
      articleCount += run.shard.articleCount;
      passageCount += run.shard.passageArticle.length;
    }
  }

  const newArticleOf = new Int32Array(old.articleCount).fill(-1);
  const oldArticleOf = new Int32Array(articleCount).fill(-1);
  const newPassageOf = new Int32Array(old.passageArticle.length).fill(-1);
  const passageArticle = new Uint32Array(passageCount);
  const passageParagraph = new Uint32Array(passageCount);
  const passageLength = new Uint32Array(passageCount);
  const placed: Layout['placed'] = [];
  let article = 0;
  let passage = 0;
  for (const run of runs) {
    if ('kept' in run) {
      const { start, end } = run.kept;
      for (let a = start; a < end; a++) {
        newArticleOf[a] = article + a - start;
        oldArticleOf[article + a - start] = a;
      }
      const offset = article - start;
      for (let p = firstPassage[start]!; p < firstPassage[end]!; p++, passage++) {
        newPassageOf[p] = passage;
        passageArticle[passage] = old.passageArticle[p]! + offset;
        passageParagraph[passage] = old.passageParagraph[p]!;
        passageLength[passage] = old.passageLength[p]!;
      }
      article += end - start;
    } else {
      const { shard } = run;
      placed.push({ shard, article, passage });
      for (let p = 0; p < shard.passageArticle.length; p++, passage++) {
        passageArticle[passage] = shard.passageArticle[p]! + article;
        passageParagraph[passage] = shard.passageParagraph[p]!;
        passageLength[passage] = shard.passageLength[p]!;
      }
      article += shard.articleCount;
    }
  }
  return {
    articleCount,
    newArticleOf,
    oldArticleOf,
    newPassageOf,
    passageArticle,
    passageParagraph,
    passageLength,
    placed,
  };
}

/** An old article's shard, with its terms' ids in the old index; read once however often it is asked for. */
type OldArticles = (article: number) => { shard: PassageIndexShard; terms: Uint32Array };

function oldArticleShards(old: PassageIndexParts, oldShard: OldArticleShard): OldArticles {
  const read = new Map<number, { shard: PassageIndexShard; terms: Uint32Array }>();
  return (article) => {
    let entry = read.get(article);
    if (entry === undefined) {
      const shard = oldShard(article);
      const terms = new Uint32Array(shard.terms.size);
      for (let t = 0; t < terms.length; t++) {
        const id = findChars(
          old.terms,
          shard.terms.chars,
          shard.terms.info[t * STRIDE]!,
          shard.terms.info[t * STRIDE + 1]!,
        );
        if (id < 0) throw new Error(`old article ${article}'s shard has a word the old index does not`);
        terms[t] = id;
      }
      entry = { shard, terms };
      read.set(article, entry);
    }
    return entry;
  };
}

/**
 * Items (terms or spellings) are numbered for revising as "unified" ids: the old index's ids first, then those
 * only the shards have, in the order the shards are met. `first` is per unified item the revised article it first
 * occurs in (for a shard's items, the shard's first article), NONE when it occurs nowhere any more.
 */
interface Placement {
  first: Uint32Array;
  oldCount: number;
  /** Per shard of the revised index: its first article and each of its items' unified id, in the shard's order. */
  shards: readonly { article: number; unified: Uint32Array }[];
  /**
   * Revised kept articles where an item the old index met first in a removed article now first occurs: their
   * items, asked for only where the order among several is in question.
   */
  landed: ReadonlyMap<number, () => Uint32Array>;
  articleCount: number;
}

/** The unified ids in the order a full build numbers them: by first article, then by first occurrence there. */
function* firstOccurrenceOrder(placement: Placement): Generator<void, Uint32Array> {
  const { first, oldCount, shards, landed, articleCount } = placement;
  const start = new Uint32Array(articleCount + 1);
  yield* inSlices(first.length, (from, to) => {
    for (let u = from; u < to; u++) if (first[u] !== NONE) start[first[u]! + 1]!++;
  });
  // Per revised article, how its items are put in order: 0 from the old order, 1 from its own shard's.
  const ownOrder = new Uint8Array(articleCount);
  for (const { article } of shards) ownOrder[article] = 1;
  for (const article of landed.keys()) if (start[article + 1]! > 1) ownOrder[article] = 1;
  for (let a = 0; a < articleCount; a++) start[a + 1]! += start[a]!;
  const cursor = start.slice(0, articleCount);
  const order = new Uint32Array(start[articleCount]!);
  yield* inSlices(oldCount, (from, to) => {
    for (let u = from; u < to; u++) {
      const a = first[u]!;
      if (a !== NONE && ownOrder[a] === 0) order[cursor[a]!++] = u;
    }
  });
  const fill = (article: number, unified: Uint32Array) => {
    for (let i = 0; i < unified.length; i++) {
      const u = unified[i]!;
      if (first[u] === article) order[cursor[article]!++] = u;
    }
  };
  for (const { article, unified } of shards) fill(article, unified);
  for (const [article, items] of landed) {
    if (ownOrder[article] === 0) continue;
    // Reads an article's shard, the first time: a step of its own.
    fill(article, items());
    yield;
  }
  for (let a = 0; a < articleCount; a++) {
    if (cursor[a] !== start[a + 1]) throw new Error(`article ${a}'s words do not match its shard`);
  }
  return order;
}

/** The revised vocabulary: per unified term its id, and the terms in order. */
interface PlacedTerms {
  order: Uint32Array;
  newId: Uint32Array;
  /** Terms only the shards have, by unified id - old term count. */
  extra: StringTable;
  /** Per term in order: its pool (0 the old vocabulary, 1 `extra`), its id there, its hash (0 for old terms in place). */
  poolOf: Uint8Array;
  idInPool: Uint32Array;
  hashes: Int32Array;
  /** Whether the old terms come first, in their old order. */
  keepsOldIds: boolean;
  /** Per shard (as in layout.placed): each shard term's unified id. */
  unified: Uint32Array[];
  /** Per unified term: passages holding it in the revised index. */
  documentFrequency: Uint32Array;
  /** Per old term its new id if it keeps its place among the old terms, else NONE; and the new ids of the others. */
  keptInOrder: Uint32Array;
  afresh: Uint32Array;
}

function* placeTerms(
  old: PassageIndexParts,
  layout: Layout,
  removed: readonly number[],
  oldArticles: OldArticles,
): Generator<void, PlacedTerms> {
  const oldCount = old.terms.size;
  const extra = createStringTable(1 << 10);
  const unified = layout.placed.map(({ shard }) => {
    const ids = new Uint32Array(shard.terms.size);
    for (let t = 0; t < ids.length; t++) {
      const from = shard.terms.info[t * STRIDE]!;
      const length = shard.terms.info[t * STRIDE + 1]!;
      const id = findChars(old.terms, shard.terms.chars, from, length);
      ids[t] = id >= 0 ? id : oldCount + internFromPool(extra, shard.terms, t);
    }
    return ids;
  });
  const count = oldCount + extra.size;
  const documentFrequency = new Uint32Array(count);
  yield* inSlices(oldCount, (from, to) => {
    for (let t = from; t < to; t++) documentFrequency[t] = old.postingStart[t + 1]! - old.postingStart[t]!;
  });
  for (const article of removed) {
    const { shard, terms } = oldArticles(article);
    for (let t = 0; t < terms.length; t++) documentFrequency[terms[t]!]! -= shard.documentFrequency[t]!;
  }
  yield;

  const first = new Uint32Array(count).fill(NONE);
  const displaced: number[] = [];
  const { newPassageOf, passageArticle } = layout;
  yield* inSlices(oldCount, (from, to) => {
    for (let t = from; t < to; t++) {
      if (documentFrequency[t] === 0) continue;
      const postings = old.postingStart[t]!;
      let at = postings;
      while (newPassageOf[old.postingPassage[at]!] === -1) at++;
      first[t] = passageArticle[newPassageOf[old.postingPassage[at]!]!]!;
      if (at > postings) displaced.push(t);
    }
  });
  for (const [s, { shard, article }] of layout.placed.entries()) {
    const ids = unified[s]!;
    for (let t = 0; t < ids.length; t++) {
      const u = ids[t]!;
      documentFrequency[u]! += shard.documentFrequency[t]!;
      if (article < first[u]!) first[u] = article;
    }
  }
  const landed = new Map<number, () => Uint32Array>();
  for (const t of displaced) {
    // Unless a shard earlier in the revised index has it.
    const article = first[t]!;
    if (layout.oldArticleOf[article] === -1 || landed.has(article)) continue;
    landed.set(article, () => oldArticles(layout.oldArticleOf[article]!).terms);
  }
  const order = yield* firstOccurrenceOrder({
    first,
    oldCount,
    shards: layout.placed.map(({ article }, s) => ({ article, unified: unified[s]! })),
    landed,
    articleCount: layout.articleCount,
  });
  const newId = inverse(order, count);

  // Old terms keep their order among themselves unless they now first occur where a removed article had them
  // first, or in a shard.
  const keptInOrder = newId.slice(0, oldCount);
  for (const t of displaced) keptInOrder[t] = NONE;
  const afresh: number[] = [];
  const { oldArticleOf } = layout;
  yield* inSlices(count, (from, to) => {
    for (let u = from; u < to; u++) {
      if (first[u] === NONE || (u < oldCount && keptInOrder[u] !== NONE && oldArticleOf[first[u]!] !== -1)) continue;
      keptInOrder[u] = NONE;
      afresh.push(newId[u]!);
    }
  });

  // Old terms that keep their ids keep their slots too (see frozenTableOf): their hashes are not asked for.
  const keepsOldIds = startsCounting(order, oldCount);
  const oldHashes = keepsOldIds ? new Int32Array(oldCount) : hashesOf(old.terms);
  const extraHashes = hashesOf(extra);
  const poolOf = new Uint8Array(order.length);
  const idInPool = new Uint32Array(order.length);
  const hashes = new Int32Array(order.length);
  yield* inSlices(order.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const u = order[i]!;
      const inOld = u < oldCount;
      poolOf[i] = inOld ? 0 : 1;
      idInPool[i] = inOld ? u : u - oldCount;
      hashes[i] = inOld ? oldHashes[u]! : extraHashes[u - oldCount]!;
    }
  });
  return {
    order,
    newId,
    extra,
    poolOf,
    idInPool,
    hashes,
    keepsOldIds,
    unified,
    documentFrequency,
    keptInOrder,
    afresh: Uint32Array.from(afresh),
  };
}

/** Per unified id its place in `order`, NONE for those left out. */
function inverse(order: Uint32Array, count: number): Uint32Array {
  const newId = new Uint32Array(count).fill(NONE);
  for (let i = 0; i < order.length; i++) newId[order[i]!] = i;
  return newId;
}

interface PlacedSpellings {
  pool: StringPool;
  compoundTerms: Uint32Array;
  article: Uint32Array;
}

function* placeSpellings(
  old: PassageIndexParts,
  layout: Layout,
  removed: readonly number[],
  oldArticles: OldArticles,
  terms: PlacedTerms,
): Generator<void, PlacedSpellings> {
  const oldCount = old.spellings.size;
  const oldTermCount = old.terms.size;
  // The finished index keeps no lookup for spellings: the old ones are found among those of their first term,
  // whose key is the whole word's, listed here by one counting sort.
  const keyTerm = (pool: StringPool, compounds: Uint32Array, s: number) => {
    const own = pool.info[s * STRIDE + TERM]!;
    return own >= 0 ? own : compounds[-own]!;
  };
  const byTermStart = new Uint32Array(oldTermCount + 1);
  yield* inSlices(oldCount, (from, to) => {
    for (let s = from; s < to; s++) byTermStart[keyTerm(old.spellings, old.compoundTerms, s) + 1]!++;
  });
  yield* inSlices(oldTermCount, (from, to) => {
    for (let t = from; t < to; t++) byTermStart[t + 1]! += byTermStart[t]!;
  });
  const byTerm = new Uint32Array(oldCount);
  const cursor = byTermStart.slice(0, oldTermCount);
  yield* inSlices(oldCount, (from, to) => {
    for (let s = from; s < to; s++) byTerm[cursor[keyTerm(old.spellings, old.compoundTerms, s)]!++] = s;
  });
  const extra = createStringTable(1 << 10);
  /** Per spelling of the shard, its unified id, `shardTerms` being its terms' unified ids. */
  const unifiedSpellings = (shard: PassageIndexShard, shardTerms: Uint32Array, mayBeNew: boolean) => {
    const unified = new Uint32Array(shard.spellings.size);
    const { info, chars } = shard.spellings;
    for (let s = 0; s < unified.length; s++) {
      const term = shardTerms[keyTerm(shard.spellings, shard.compoundTerms, s)]!;
      const from = info[s * STRIDE]!;
      const length = info[s * STRIDE + 1]!;
      let found = -1;
      const listEnd = term < oldTermCount ? byTermStart[term + 1]! : 0;
      for (let k = term < oldTermCount ? byTermStart[term]! : 0; found < 0 && k < listEnd; k++) {
        const other = byTerm[k]!;
        if (old.spellings.info[other * STRIDE + 1] !== length) continue;
        const at = old.spellings.info[other * STRIDE]!;
        let same = true;
        for (let i = 0; i < length && same; i++) same = old.spellings.chars[at + i] === chars[from + i];
        if (same) found = other;
      }
      if (found < 0 && !mayBeNew) throw new Error('an old article has a spelling the old index does not');
      unified[s] = found >= 0 ? found : oldCount + internFromPool(extra, shard.spellings, s);
    }
    return unified;
  };
  const occurrences = new Uint32Array(oldCount);
  yield* inSlices(oldCount, (from, to) => {
    for (let s = from; s < to; s++) occurrences[s] = old.spellings.info[s * STRIDE + OCCURRENCES]!;
  });
  for (const a of removed) {
    const { shard, terms: shardTerms } = oldArticles(a);
    const ids = unifiedSpellings(shard, shardTerms, false);
    for (let s = 0; s < ids.length; s++) occurrences[ids[s]!]! -= shard.spellings.info[s * STRIDE + OCCURRENCES]!;
  }
  const unified = layout.placed.map(({ shard }, p) => unifiedSpellings(shard, terms.unified[p]!, true));
  const count = oldCount + extra.size;
  const first = new Uint32Array(count).fill(NONE);
  const article = new Uint32Array(count);
  // Per spelling only the shards have: which shard, and its id there.
  const sourceShard = new Uint32Array(count - oldCount);
  const sourceId = new Uint32Array(count - oldCount);
  const displaced: number[] = [];
  yield* inSlices(oldCount, (from, to) => {
    for (let s = from; s < to; s++) {
      if (occurrences[s] === 0) continue;
      const at = layout.newArticleOf[old.spellingArticle[s]!]!;
      if (at === -1) displaced.push(s);
      else first[s] = article[s] = at;
    }
  });
  const total = new Uint32Array(count);
  total.set(occurrences);
  for (const [p, { shard, article: base }] of layout.placed.entries()) {
    const ids = unified[p]!;
    for (let s = 0; s < ids.length; s++) {
      const u = ids[s]!;
      total[u]! += shard.spellings.info[s * STRIDE + OCCURRENCES]!;
      if (base >= first[u]!) continue;
      first[u] = base;
      article[u] = base + shard.spellingArticle[s]!;
      if (u >= oldCount) {
        sourceShard[u - oldCount] = p;
        sourceId[u - oldCount] = s;
      }
    }
  }
  yield;

  // A spelling a removed article met first occurs first in the first kept article that has it, if before any
  // shard that has it: found along the postings of its first term, which every passage holding it has.
  const read = new Map<number, { ids: Uint32Array; has: Set<number> }>();
  const landed = new Map<number, () => Uint32Array>();
  for (const s of displaced) {
    const term = keyTerm(old.spellings, old.compoundTerms, s);
    let checked = -1;
    for (let at = old.postingStart[term]!; at < old.postingStart[term + 1]!; at++) {
      const passage = layout.newPassageOf[old.postingPassage[at]!]!;
      if (passage === -1) continue;
      const a = layout.passageArticle[passage]!;
      if (a >= first[s]!) break;
      if (a === checked) continue;
      checked = a;
      let spellings = read.get(a);
      if (spellings === undefined) {
        const { shard, terms: shardTerms } = oldArticles(layout.oldArticleOf[a]!);
        const ids = unifiedSpellings(shard, shardTerms, false);
        spellings = { ids, has: new Set(ids) };
        read.set(a, spellings);
        yield;
      }
      if (spellings.has.has(s)) {
        first[s] = article[s] = a;
        const { ids } = spellings;
        landed.set(a, () => ids);
        break;
      }
    }
    if (first[s] === NONE) throw new Error('a spelling the kept articles still have was not found in them');
  }
  const order = yield* firstOccurrenceOrder({
    first,
    oldCount,
    shards: layout.placed.map(({ article: base }, p) => ({ article: base, unified: unified[p]! })),
    landed,
    articleCount: layout.articleCount,
  });

  // The spellings in their new order, with their counts and their terms renamed.
  const poolOf = new Uint8Array(order.length);
  const ids = new Uint32Array(order.length);
  yield* inSlices(order.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const u = order[i]!;
      poolOf[i] = u < oldCount ? 0 : 1;
      ids[i] = u < oldCount ? u : u - oldCount;
    }
  });
  const pool = yield* frozenPoolOf({ pools: [old.spellings, extra], poolOf, ids }, SLICE);
  const compoundTerms = growableUint32();
  const spellingArticle = new Uint32Array(order.length);
  const { newId } = terms;
  yield* inSlices(order.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const u = order[i]!;
      pool.info[i * STRIDE + OCCURRENCES] = total[u]!;
      spellingArticle[i] = article[u]!;
      // Its terms as the old index or the shard that brought it lists them.
      const inOld = u < oldCount;
      const shard = inOld ? null : layout.placed[sourceShard[u - oldCount]!]!.shard;
      const shardTerms = inOld ? null : terms.unified[sourceShard[u - oldCount]!]!;
      const own =
        shard === null
          ? old.spellings.info[u * STRIDE + TERM]!
          : shard.spellings.info[sourceId[u - oldCount]! * STRIDE + TERM]!;
      const list = shard === null ? old.compoundTerms : shard.compoundTerms;
      if (own >= 0) {
        pool.info[i * STRIDE + TERM] = newId[shardTerms === null ? own : shardTerms[own]!]!;
      } else {
        const listFrom = -1 - own;
        const listed = list[listFrom]!;
        pool.info[i * STRIDE + TERM] = -1 - compoundTerms.length;
        push(compoundTerms, listed);
        for (let k = 0; k < listed; k++) {
          const term = list[listFrom + 1 + 2 * k]!;
          push(compoundTerms, newId[shardTerms === null ? term : shardTerms[term]!]!);
          push(compoundTerms, list[listFrom + 2 + 2 * k]!);
        }
      }
    }
  });
  return { pool, compoundTerms: trimmed(compoundTerms), article: spellingArticle };
}

// Postings fewer than this are copied one by one: a block's two views cost more.
const BLOCK = 32;

/** The first of sorted[from, to) that is at least `bound`, or `to`. */
function firstAtLeast(sorted: Uint32Array, from: number, to: number, bound: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}

function samePassagesBelow(newPassageOf: Int32Array): number {
  let below = 0;
  while (below < newPassageOf.length && newPassageOf[below] === below) below++;
  return below;
}

interface PostingCopy {
  order: Uint32Array;
  oldCount: number;
  oldStart: Uint32Array;
  oldPassage: Uint32Array;
  oldFrequency: Uint8Array;
  newPassageOf: Int32Array;
  /** Old passages below this keep their numbers. */
  samePassagesBelow: number;
  shardStart: Uint32Array;
  shardPassage: Uint32Array;
  shardFrequency: Uint8Array;
  postingStart: Uint32Array;
  postingPassage: Uint32Array;
  postingFrequency: Uint8Array;
}

/**
 * The postings of revised terms [from, end): each old term's with removed passages left out and the rest
 * renumbered, merged with the shards'. Everything is taken into locals first: V8 reloads an array read through
 * an object or a closure on every posting.
 *
 * Where a run of terms keeps its ids, gains nothing from the shards and holds only passages that keep their
 * numbers, its postings are the old ones, in one block: with articles added at the end that is nearly all of them.
 */
function copyPostings(copy: PostingCopy, from: number, end: number): void {
  const { order, oldCount, oldStart, oldPassage, oldFrequency, newPassageOf, samePassagesBelow } = copy;
  const { shardStart, shardPassage, shardFrequency, postingStart, postingPassage, postingFrequency } = copy;
  const unchanged = (i: number) =>
    i < end &&
    order[i] === i &&
    i < oldCount &&
    shardStart[i] === shardStart[i + 1] &&
    (oldStart[i] === oldStart[i + 1] || oldPassage[oldStart[i + 1]! - 1]! < samePassagesBelow);
  for (let i = from; i < end; i++) {
    if (unchanged(i)) {
      let last = i + 1;
      while (unchanged(last)) last++;
      postingPassage.set(oldPassage.subarray(oldStart[i], oldStart[last]), postingStart[i]);
      postingFrequency.set(oldFrequency.subarray(oldStart[i], oldStart[last]), postingStart[i]);
      i = last - 1;
      continue;
    }
    const u = order[i]!;
    let to = postingStart[i]!;
    let s = shardStart[i]!;
    const shardEnd = shardStart[i + 1]!;
    if (u < oldCount) {
      const last = oldStart[u + 1]!;
      let at = oldStart[u]!;
      // Its postings before the first passage that moved are the old ones, in one block: shards' passages come
      // after it too.
      const same = firstAtLeast(oldPassage, at, last, samePassagesBelow);
      if (same - at >= BLOCK) {
        postingPassage.set(oldPassage.subarray(at, same), to);
        postingFrequency.set(oldFrequency.subarray(at, same), to);
        to += same - at;
        at = same;
      }
      for (; at < last; at++) {
        const passage = newPassageOf[oldPassage[at]!]!;
        if (passage === -1) continue;
        while (s < shardEnd && shardPassage[s]! < passage) {
          postingPassage[to] = shardPassage[s]!;
          postingFrequency[to++] = shardFrequency[s++]!;
        }
        postingPassage[to] = passage;
        postingFrequency[to++] = oldFrequency[at]!;
      }
    }
    while (s < shardEnd) {
      postingPassage[to] = shardPassage[s]!;
      postingFrequency[to++] = shardFrequency[s++]!;
    }
    if (to !== postingStart[i + 1]) throw new Error(`term ${i}'s postings do not add up`);
  }
}

/**
 * Postings in the revised term order: each old term's postings with removed passages left out and the rest
 * renumbered, merged with the shards' postings of that term (inverted here, by one counting sort).
 */
function* revisedPostings(
  old: PassageIndexParts,
  layout: Layout,
  terms: PlacedTerms,
): Generator<void, { postingStart: Uint32Array; postingPassage: Uint32Array; postingFrequency: Uint8Array }> {
  const termCount = terms.order.length;
  const postingStart = new Uint32Array(termCount + 1);
  yield* inSlices(termCount, (from, to) => {
    for (let i = from; i < to; i++) postingStart[i + 1] = postingStart[i]! + terms.documentFrequency[terms.order[i]!]!;
  });
  const postingPassage = new Uint32Array(postingStart[termCount]!);
  const postingFrequency = new Uint8Array(postingStart[termCount]!);

  const shardStart = new Uint32Array(termCount + 1);
  for (const [p, { shard }] of layout.placed.entries()) {
    const ids = terms.unified[p]!;
    for (let t = 0; t < ids.length; t++) shardStart[terms.newId[ids[t]!]! + 1]! += shard.documentFrequency[t]!;
  }
  yield* inSlices(termCount, (from, to) => {
    for (let i = from; i < to; i++) shardStart[i + 1]! += shardStart[i]!;
  });
  const shardPassage = new Uint32Array(shardStart[termCount]!);
  const shardFrequency = new Uint8Array(shardStart[termCount]!);
  const cursor = shardStart.slice(0, termCount);
  for (const [p, { shard, passage: base }] of layout.placed.entries()) {
    const ids = terms.unified[p]!;
    const { forwardStart, forwardTerm, forwardFrequency } = shard;
    for (let i = 0; i < forwardStart.length; i++) {
      const end = i + 1 < forwardStart.length ? forwardStart[i + 1]! : forwardTerm.length;
      for (let f = forwardStart[i]!; f < end; f++) {
        const at = cursor[terms.newId[ids[forwardTerm[f]!]!]!]!++;
        shardPassage[at] = base + i;
        shardFrequency[at] = forwardFrequency[f]!;
      }
    }
  }
  yield;

  const copy: PostingCopy = {
    order: terms.order,
    oldCount: old.terms.size,
    oldStart: old.postingStart,
    oldPassage: old.postingPassage,
    oldFrequency: old.postingFrequency,
    newPassageOf: layout.newPassageOf,
    samePassagesBelow: samePassagesBelow(layout.newPassageOf),
    shardStart,
    shardPassage,
    shardFrequency,
    postingStart,
    postingPassage,
    postingFrequency,
  };
  yield* inSlices(termCount, (from, to) => copyPostings(copy, from, to));
  return { postingStart, postingPassage, postingFrequency };
}
