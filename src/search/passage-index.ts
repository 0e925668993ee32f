import type { Article } from '../corpus/article';
import { storeArticle, type StoredArticle } from '../corpus/stored-article';
import { lengthNorms } from './bm25';
import { ForwardIndex, joinSegments } from './forward-index';
import { growableUint32, push, trimmed } from './growable-array';
import { invertPostings } from './invert-postings';
import { WordRanges } from '../text/scan-words';
import {
  INFO_STRIDE,
  INFO_USER_A,
  INFO_USER_B,
  createStringTable,
  findString,
  frozenPool,
  internChars,
  internFromPool,
  internRange,
  stringAt,
  trimmedTable,
  type StringPool,
  type FrozenTable,
} from './string-table';
import { buildTrigramIndex, type TrigramIndex } from './trigram-index';
import { WordKeyCodes } from './word-keys';
import { runToEnd } from '../steps/run-steps';

/**
 * An inverted index over paragraphs ("passages"), built once per corpus version and read-only afterwards.
 *
 * Passages are numbered 0..passageCount-1 in the order articles were added; terms (folded keys, compounds whole
 * and by parts, see tokenKeys) 0..termCount-1. Everything per passage, per term and per posting lives in typed
 * arrays, because millions of small JS objects would not fit the heap budget. Text is never copied: snippets
 * come from the stored articles the index keeps.
 */
export interface PassageIndex {
  readonly articles: readonly StoredArticle[];
  /** Per passage: index into `articles`. */
  readonly passageArticle: Uint32Array;
  /** Per passage: 0-based position among the article's paragraphs (not the paragraph number), or HEADLINE, STANDFIRST. */
  readonly passageParagraph: Uint32Array;
  /** Per passage: number of words, for BM25's length normalisation. */
  readonly passageLength: Uint32Array;
  readonly averageLength: number;
  /** Per passage: BM25's length norm (see bm25.ts), computed once here rather than per posting per query. */
  readonly lengthNorms: Float32Array;
  /** The vocabulary: term id ↔ folded key. Look up with `termId`, read with `termKey`. */
  readonly terms: FrozenTable;
  /** Postings of term t: passages postingPassage[postingStart[t] .. postingStart[t+1]), ascending. */
  readonly postingStart: Uint32Array;
  readonly postingPassage: Uint32Array;
  /** Term frequency in the passage, aligned with postingPassage (capped at 255: BM25 saturates long before). */
  readonly postingFrequency: Uint8Array;
  /** Every distinct spelling met, as written; per term the most frequent one, for display (see termDisplay). */
  readonly spellings: StringPool;
  readonly termSpelling: Int32Array;
  /** Per term: which part of a hyphenated spelling it was read from, -1 for the whole word. */
  readonly termPart: Int8Array;
  readonly trigrams: TrigramIndex;
  /**
   * Per spelling, TERM < 0: its terms, as the builder lists them (see createPassageIndexBuilder). Kept with the
   * first article each spelling occurs in for revising the index (see revise-index.ts), which must know a
   * compound's terms and where a spelling is first met without reading the archive again.
   */
  readonly compoundTerms: Uint32Array;
  readonly spellingArticle: Uint32Array;
}

export interface PassageIndexBuilder {
  /** Indexes every paragraph of the article. Cost is linear in its words. Keeps nothing of the article. */
  add(article: Article): void;
  /**
   * Completes the index step by step, yielding between slices of bounded work (posting inversion, display
   * spellings, typo trigrams), so a reload can interleave it with queries. Runs once per builder. `articles`
   * are the added articles as stored (see storeArticle), in the order they were added.
   */
  finishInSlices(articles: readonly StoredArticle[]): Generator<void, PassageIndex>;
  /** finishInSlices run to the end in one go (start-up, tests). Much cheaper than the `add` calls were. */
  finish(articles: readonly StoredArticle[]): PassageIndex;
  /**
   * What this builder has read, as transferable typed arrays, for a builder in another thread to absorb. Ends
   * this builder: call it instead of finish.
   */
  exportShard(): PassageIndexShard;
  /**
   * Appends a shard read elsewhere (in another thread), as if its articles had been added here: after absorbing
   * shards in article order, the index finishes identical, id for id, to one built by `add` alone
   * (passage-index-shard.test.ts checks it). Finish with finishPartsInSlices and supply the whole article list
   * (see withArticles). Yields between slices of bounded work.
   */
  absorbInSlices(shard: PassageIndexShard): Generator<void, void>;
  /** finishInSlices without the article list, for a builder that absorbed shards. */
  finishPartsInSlices(): Generator<void, PassageIndexParts>;
}

/** A finished index without its articles: all typed arrays, so it can cross threads without copying. */
export type PassageIndexParts = Omit<PassageIndex, 'articles'> & { articleCount: number };

/** The finished index over `articles`, which must be the articles its parts were read from, in order. */
export function withArticles(parts: PassageIndexParts, articles: readonly StoredArticle[]): PassageIndex {
  if (articles.length !== parts.articleCount) {
    throw new Error(`index parts cover ${parts.articleCount} articles, given ${articles.length}`);
  }
  const { articleCount: _articleCount, ...index } = parts;
  return { ...index, articles };
}

/**
 * A builder's reading of some articles, before finishing: passages, vocabulary, spellings and the forward index,
 * all in typed arrays so a worker thread can hand it over without copying (see src/build).
 */
export interface PassageIndexShard {
  articleCount: number;
  passageArticle: Uint32Array;
  passageParagraph: Uint32Array;
  passageLength: Uint32Array;
  totalLength: number;
  terms: StringPool;
  /** Per shard term: passages of the shard containing it. */
  documentFrequency: Uint32Array;
  /** Per shard passage: where its (term, frequency) pairs start in forwardTerm / forwardFrequency. */
  forwardStart: Uint32Array;
  forwardTerm: Uint32Array;
  forwardFrequency: Uint8Array;
  /** Spellings with their OCCURRENCES and TERM records, TERM referring to shard terms and compoundTerms. */
  spellings: StringPool;
  compoundTerms: Uint32Array;
  /** Per spelling: the shard's article it first occurs in. */
  spellingArticle: Uint32Array;
}

/** The buffers of a shard, for postMessage's transfer list. */
export function shardBuffers(shard: PassageIndexShard): ArrayBuffer[] {
  return [
    shard.passageArticle,
    shard.passageParagraph,
    shard.passageLength,
    shard.terms.info,
    shard.terms.chars,
    shard.documentFrequency,
    shard.forwardStart,
    shard.forwardTerm,
    shard.forwardFrequency,
    shard.spellings.info,
    shard.spellings.chars,
    shard.compoundTerms,
    shard.spellingArticle,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** The term id of a folded key, or undefined when the archive never has it. */
export function termId(index: PassageIndex, key: string): number | undefined {
  const id = findString(index.terms, key);
  return id < 0 ? undefined : id;
}

/** The folded key of a term. */
export function termKey(index: PassageIndex, term: number): string {
  return stringAt(index.terms, term);
}

/** How a term is written in the archive, most often ("Gerassimow", "Außenministerium", "Soldaten"). */
export function termDisplay(index: PassageIndex, term: number): string {
  const original = stringAt(index.spellings, index.termSpelling[term]!);
  const part = index.termPart[term]!;
  return (part >= 0 ? original.split(COMPOUND_SEPARATOR).filter(Boolean)[part] : undefined) ?? original;
}

/** How many passages contain the term. */
export function documentFrequency(index: PassageIndex, term: number): number {
  return index.postingStart[term + 1]! - index.postingStart[term]!;
}

/**
 * The position of an article's headline passage. A headline the loader took out of the text would otherwise be
 * unsearchable: "/search Hafenstreik" found nothing for an article titled "Hafenstreik in Hamburg: …".
 */
export const HEADLINE = 0xffffffff;

/** The position of an article's standfirst passage: like the headline, searchable though not in the text. */
export const STANDFIRST = 0xfffffffe;

/** Whether the title needs a passage of its own: not when it is the text's own first sentence, already indexed. */
function titleIsSeparate(article: Pick<Article, 'title' | 'paragraphs'>): boolean {
  return article.title.trim() !== '' && article.title !== article.paragraphs[0]?.sentences[0];
}

/**
 * Whether the standfirst needs a passage of its own: not when the text already holds it (a page whose teaser is
 * its first paragraph) or it only repeats the headline.
 */
function standfirstIsSeparate(article: Pick<Article, 'title' | 'standfirst' | 'paragraphs'>): boolean {
  const standfirst = article.standfirst?.trim();
  if (!standfirst || standfirst === article.title.trim()) return false;
  return !article.paragraphs.slice(0, 2).some((p) => p.text.includes(standfirst));
}

/** One passage: the article it belongs to and its 0-based position there (HEADLINE or STANDFIRST outside the text). */
export function passageAt(index: PassageIndex, passage: number): { article: StoredArticle; position: number } | null {
  const article = index.articles[index.passageArticle[passage] ?? -1];
  const position = index.passageParagraph[passage];
  return article && position !== undefined ? { article, position } : null;
}

/** Builds in one go. */
export function buildPassageIndex(articles: readonly Article[]): PassageIndex {
  const builder = createPassageIndexBuilder();
  for (const article of articles) builder.add(article);
  return builder.finish(articles.map(storeArticle));
}

const COMPOUND_SEPARATOR = /[-‐.'’]/;
const MAX_FREQUENCY = 0xff;
// Items (passages, spellings, terms) per slice of finishInSlices: a few milliseconds of work on a slow core.
const SLICE = 10_000;
// A module-level copy: under tsx every use of an imported binding is a getter call, which shows in a loop that
// runs once per word of the archive.
const intern = internRange;
const STRIDE = INFO_STRIDE;
/** Where a spelling's record (in `spellings`) keeps how often it occurred, and its term (see createPassageIndexBuilder). */
export const OCCURRENCES = INFO_USER_A;
export const TERM = INFO_USER_B;

export function createPassageIndexBuilder(): PassageIndexBuilder {
  // Articles added here plus those of absorbed shards.
  let articleCount = 0;
  let absorbed = false;
  const passageArticle = growableUint32();
  const passageParagraph = growableUint32();
  const passageLength = growableUint32();
  let totalLength = 0;

  const terms = createStringTable();
  // Per term, sized with the vocabulary: passages containing it, and its count in the current passage.
  let documentFrequency = new Uint32Array(1024);
  let frequency = new Uint8Array(1024);
  const touched: number[] = [];

  // Per passage, its (term, frequency) pairs: inverted into postings by one counting sort in finish; 5 bytes a
  // pair while building.
  const forward = new ForwardIndex();

  // Each distinct spelling is folded once. Its table record keeps how often it occurred (OCCURRENCES) and its
  // term (TERM); for a compound, TERM is -1 - where its terms are listed in `compoundTerms`:
  // [count, term, part, term, part, ...], part being which part of the compound the term was read from
  // (-1, stored as 2^32-1: the whole word), so each term can show its own spelling.
  const spellings = createStringTable();
  const compoundTerms = growableUint32();
  const spellingArticle = growableUint32();
  // The article being added, for spellingArticle.
  let addingArticle = 0;
  const keyCodes = new WordKeyCodes();
  const ranges = new WordRanges();
  let finished = false;

  /** The term of key `k` of the word keyCodes read last. */
  function termOf(k: number): number {
    const known = terms.size;
    return withRoomFor(internChars(terms, keyCodes.chars, keyCodes.start(k), keyCodes.length(k)), known);
  }

  /** termOf for a term of a shard's vocabulary. */
  function termOfShard(pool: StringPool, id: number): number {
    const known = terms.size;
    return withRoomFor(internFromPool(terms, pool, id), known);
  }

  /** Grows the per-term arrays when `term` is new (equal to the vocabulary size `known` before it was added). */
  function withRoomFor(term: number, known: number): number {
    if (term === known && term === frequency.length) {
      frequency = grown(frequency);
      documentFrequency = grown(documentFrequency);
    }
    return term;
  }

  /** Files the terms of a new spelling, text[start, end), folded once for all its occurrences. */
  function addSpelling(spelling: number, text: string, start: number, end: number): void {
    push(spellingArticle, addingArticle);
    const keys = keyCodes.read(text, start, end);
    if (keys === 1) {
      spellings.info[spelling * STRIDE + TERM] = termOf(0);
      return;
    }
    const listed: number[] = [];
    const listStart = compoundTerms.length;
    push(compoundTerms, 0);
    for (let i = 0; i < keys; i++) {
      const term = termOf(i);
      if (listed.includes(term)) continue;
      listed.push(term);
      push(compoundTerms, term);
      // keys = [whole, ...parts], so key i ≥ 1 is part i-1 as written.
      push(compoundTerms, i - 1);
    }
    compoundTerms.data[listStart] = listed.length;
    spellings.info[spelling * STRIDE + TERM] = -1 - listStart;
  }

  function addParagraph(text: string): number {
    const words = ranges.find(text);
    const { starts, ends, hashes } = ranges;
    for (let w = 0; w < words; w++) {
      const start = starts[w]!;
      const end = ends[w]!;
      const known = spellings.size;
      const spelling = intern(spellings, text, start, end, hashes[w]!);
      if (spelling === known) addSpelling(spelling, text, start, end);
      const info = spellings.info;
      info[spelling * STRIDE + OCCURRENCES]!++;
      let term = info[spelling * STRIDE + TERM]!;
      let listed = 0;
      let list = 0;
      if (term < 0) {
        list = -1 - term;
        listed = compoundTerms.data[list]!;
        term = compoundTerms.data[list + 1]!;
      }
      for (let i = 0; ; ) {
        const f = frequency[term]!;
        if (f === 0) touched.push(term);
        if (f < MAX_FREQUENCY) frequency[term] = f + 1;
        if (++i >= listed) break;
        term = compoundTerms.data[list + 1 + 2 * i]!;
      }
    }
    forward.addPassage(touched, frequency);
    for (let i = 0; i < touched.length; i++) {
      const term = touched[i]!;
      frequency[term] = 0;
      documentFrequency[term]!++;
    }
    touched.length = 0;
    return words;
  }

  /** One passage of article `articleIndex`: its words, and where it stands (a paragraph, the headline, the standfirst). */
  function addPassage(articleIndex: number, paragraph: number, text: string): void {
    push(passageArticle, articleIndex);
    push(passageParagraph, paragraph);
    const words = addParagraph(text);
    push(passageLength, words);
    totalLength += words;
  }

  function add(article: Article): void {
    if (finished) throw new Error('PassageIndexBuilder.add after finish');
    const articleIndex = articleCount++;
    addingArticle = articleIndex;
    if (titleIsSeparate(article)) addPassage(articleIndex, HEADLINE, article.title);
    if (article.standfirst !== undefined && standfirstIsSeparate(article)) {
      addPassage(articleIndex, STANDFIRST, article.standfirst);
    }
    for (const [position, paragraph] of article.paragraphs.entries())
      addPassage(articleIndex, position, paragraph.text);
  }

  function* finishInSlices(articles: readonly StoredArticle[]): Generator<void, PassageIndex> {
    if (absorbed) throw new Error('an index that absorbed shards finishes with finishPartsInSlices');
    return withArticles(yield* finishPartsInSlices(), articles);
  }

  function* finishPartsInSlices(): Generator<void, PassageIndexParts> {
    if (finished) throw new Error('PassageIndexBuilder.finish called twice');
    finished = true;
    const passageCount = passageArticle.length;
    const postings = yield* invertPostings(forward.segments(), documentFrequency, terms.size, SLICE);
    yield;
    const display = yield* chooseDisplaySpellings(spellings, compoundTerms.data, terms.size);
    yield;
    const trigrams = yield* buildTrigramIndex(terms, SLICE);
    const averageLength = passageCount ? totalLength / passageCount : 0;
    const lengths = trimmed(passageLength);
    return {
      articleCount,
      passageArticle: trimmed(passageArticle),
      passageParagraph: trimmed(passageParagraph),
      passageLength: lengths,
      averageLength,
      lengthNorms: lengthNorms(lengths, averageLength),
      terms: trimmedTable(terms),
      ...postings,
      spellings: frozenPool(spellings),
      ...display,
      trigrams,
      compoundTerms: trimmed(compoundTerms),
      spellingArticle: trimmed(spellingArticle),
    };
  }

  function finish(articles: readonly StoredArticle[]): PassageIndex {
    return runToEnd(finishInSlices(articles));
  }

  function exportShard(): PassageIndexShard {
    if (finished) throw new Error('PassageIndexBuilder.exportShard after finish');
    finished = true;
    return {
      articleCount,
      passageArticle: trimmed(passageArticle),
      passageParagraph: trimmed(passageParagraph),
      passageLength: trimmed(passageLength),
      totalLength,
      terms: frozenPool(terms),
      documentFrequency: documentFrequency.slice(0, terms.size),
      ...forwardOf(joinSegments(forward.segments())),
      spellings: frozenPool(spellings),
      compoundTerms: trimmed(compoundTerms),
      spellingArticle: trimmed(spellingArticle),
    };
  }

  function* absorbInSlices(shard: PassageIndexShard): Generator<void, void> {
    if (finished) throw new Error('PassageIndexBuilder.absorb after finish');
    absorbed = true;
    const articleOffset = articleCount;
    // Shard terms in shard order: the globally new ones come out in the order a sequential build meets them.
    const termMap = new Uint32Array(shard.terms.size);
    for (let t = 0; t < shard.terms.size; t++) {
      const term = termOfShard(shard.terms, t);
      termMap[t] = term;
      documentFrequency[term]! += shard.documentFrequency[t]!;
      if (t % SLICE === SLICE - 1) yield;
    }
    yield;
    for (let s = 0; s < shard.spellings.size; s++) {
      const known = spellings.size;
      const spelling = internFromPool(spellings, shard.spellings, s);
      const from = s * STRIDE;
      if (spelling === known) {
        push(spellingArticle, articleOffset + shard.spellingArticle[s]!);
        const term = shard.spellings.info[from + TERM]!;
        if (term >= 0) {
          spellings.info[spelling * STRIDE + TERM] = termMap[term]!;
        } else {
          const list = -1 - term;
          const count = shard.compoundTerms[list]!;
          const listStart = compoundTerms.length;
          push(compoundTerms, count);
          for (let i = 0; i < count; i++) {
            push(compoundTerms, termMap[shard.compoundTerms[list + 1 + 2 * i]!]!);
            push(compoundTerms, shard.compoundTerms[list + 2 + 2 * i]!);
          }
          spellings.info[spelling * STRIDE + TERM] = -1 - listStart;
        }
      }
      spellings.info[spelling * STRIDE + OCCURRENCES]! += shard.spellings.info[from + OCCURRENCES]!;
      if (s % SLICE === SLICE - 1) yield;
    }
    yield;
    articleCount += shard.articleCount;
    const passages = shard.passageArticle.length;
    for (let p = 0; p < passages; p++) {
      push(passageArticle, articleOffset + shard.passageArticle[p]!);
      push(passageParagraph, shard.passageParagraph[p]!);
      push(passageLength, shard.passageLength[p]!);
    }
    totalLength += shard.totalLength;
    // Taken as it came, its terms turned into this builder's when the postings are made.
    forward.addSegment({
      starts: shard.forwardStart,
      term: shard.forwardTerm,
      frequency: shard.forwardFrequency,
      termMap,
    });
  }

  return { add, finishInSlices, finish, exportShard, absorbInSlices, finishPartsInSlices };
}

/**
 * Per term, the spelling it occurred in most often (the first seen wins a tie), `compoundTerms` listing the terms
 * of the spellings whose TERM is negative.
 */
export function* chooseDisplaySpellings(
  spellings: StringPool,
  compoundTerms: Uint32Array,
  termCount: number,
): Generator<void, { termSpelling: Int32Array; termPart: Int8Array }> {
  const bestCount = new Uint32Array(termCount);
  const termSpelling = new Int32Array(termCount);
  const termPart = new Int8Array(termCount).fill(-1);
  const offer = (term: number, spelling: number, occurrences: number, part: number) => {
    if (occurrences <= bestCount[term]!) return;
    bestCount[term] = occurrences;
    termSpelling[term] = spelling;
    termPart[term] = part > 127 ? -1 : part;
  };
  for (let s = 0; s < spellings.size; s++) {
    const occurrences = spellings.info[s * STRIDE + OCCURRENCES]!;
    const term = spellings.info[s * STRIDE + TERM]!;
    if (term >= 0) {
      offer(term, s, occurrences, -1);
    } else {
      const list = -1 - term;
      for (let i = 0; i < compoundTerms[list]!; i++) {
        offer(compoundTerms[list + 1 + 2 * i]!, s, occurrences, compoundTerms[list + 2 + 2 * i]! | 0);
      }
    }
    if (s % SLICE === SLICE - 1) yield;
  }
  return { termSpelling, termPart };
}

/** A forward index joined into one, under a shard's names for its parts. */
function forwardOf(
  joined: ReturnType<typeof joinSegments>,
): Pick<PassageIndexShard, 'forwardStart' | 'forwardTerm' | 'forwardFrequency'> {
  return { forwardStart: joined.start, forwardTerm: joined.term, forwardFrequency: joined.frequency };
}

function grown<A extends Uint32Array | Int32Array | Uint8Array>(array: A): A {
  const bigger = new (array.constructor as new (n: number) => A)(array.length * 2);
  bigger.set(array);
  return bigger;
}
