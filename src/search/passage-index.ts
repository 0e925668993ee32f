import type { Article, Paragraph } from '../corpus/article';
import { foldText } from '../text/fold';
import { tokenKeys } from '../text/tokenize';
import { growableUint16, growableUint32, push, trimmed } from './growable-array';
import { forEachWord } from './scan-words';
import { buildTrigramIndex, type TrigramIndex } from './trigram-index';

/**
 * An inverted index over paragraphs ("passages"), built once per corpus version and read-only afterwards.
 *
 * Passages are numbered 0..passageCount-1 in the order articles were added; terms (folded keys, compounds whole
 * and by parts, see tokenKeys) 0..termCount-1. Postings are typed arrays in one block per kind, because tens of
 * millions of small JS arrays would not fit the heap budget. Text is never copied: snippets come from the
 * Article objects the index keeps.
 */
export interface PassageIndex {
  readonly articles: readonly Article[];
  /** Per passage: index into `articles`. */
  readonly passageArticle: Uint32Array;
  /** Per passage: 0-based position in the article's `paragraphs` (not the paragraph number). */
  readonly passageParagraph: Uint32Array;
  /** Per passage: number of words, for BM25's length normalisation. */
  readonly passageLength: Uint32Array;
  readonly averageLength: number;
  /** Folded key → term id. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Per term: its folded key. */
  readonly termKeys: readonly string[];
  /** Per term: the spelling it most often has in the text ("Gerassimow", "Außenministerium"), for display. */
  readonly termDisplay: readonly string[];
  /** Postings of term t: passages postingPassage[postingStart[t] .. postingStart[t+1]), ascending. */
  readonly postingStart: Uint32Array;
  readonly postingPassage: Uint32Array;
  /** Term frequency in the passage, aligned with postingPassage (capped at 65,535). */
  readonly postingFrequency: Uint16Array;
  readonly trigrams: TrigramIndex;
}

export interface PassageIndexBuilder {
  /** Indexes every paragraph of the article. Cost is linear in its words. */
  add(article: Article): void;
  /**
   * Completes the index step by step, yielding between slices of bounded work (posting inversion, display
   * spellings, typo trigrams), so a reload can interleave it with queries. Runs once per builder.
   */
  finishInSlices(): Generator<void, PassageIndex>;
  /** finishInSlices run to the end in one go (start-up, tests). Takes about a tenth of the time `add` took. */
  finish(): PassageIndex;
}

/** One passage at `passage`, with the article it belongs to. */
export function passageAt(index: PassageIndex, passage: number): { article: Article; paragraph: Paragraph } | null {
  const article = index.articles[index.passageArticle[passage] ?? -1];
  const paragraph = article?.paragraphs[index.passageParagraph[passage] ?? -1];
  return article && paragraph ? { article, paragraph } : null;
}

/** Builds in one go. */
export function buildPassageIndex(articles: Iterable<Article>): PassageIndex {
  const builder = createPassageIndexBuilder();
  for (const article of articles) builder.add(article);
  return builder.finish();
}

const COMPOUND_SEPARATOR = /[-‐.'’]/;
const MAX_FREQUENCY = 0xffff;
const SLICE = 50_000;

export function createPassageIndexBuilder(): PassageIndexBuilder {
  const articles: Article[] = [];
  const passageArticle = growableUint32();
  const passageParagraph = growableUint32();
  const passageLength = growableUint32();
  let totalLength = 0;

  const vocabulary = new Map<string, number>();
  const termKeys: string[] = [];
  let documentFrequency = growableUint32();

  // Forward index: for passage p, its (term, frequency) pairs at forwardStart[p] .. forwardStart[p+1]. Turned
  // into postings by one counting sort in finish; 6 bytes a pair while building.
  const forwardStart = growableUint32();
  const forwardTerm = growableUint32();
  const forwardFrequency = growableUint16();

  // Each distinct spelling is folded once and remembers its terms and, per term, the text to display (the
  // whole word, or the part of a compound: "Soldaten" for the term soldaten in "Nordkorea-Soldaten").
  const spellings = new Map<string, number>();
  const spellingCount = growableUint32();
  const spellingTermStart = growableUint32();
  const spellingTerm = growableUint32();
  const spellingDisplay: string[] = [];

  let frequency = new Uint16Array(1024);
  const touched: number[] = [];
  let finished = false;

  function termOf(key: string): number {
    let term = vocabulary.get(key);
    if (term === undefined) {
      term = termKeys.length;
      vocabulary.set(key, term);
      termKeys.push(key);
      push(documentFrequency, 0);
      if (term >= frequency.length) {
        const bigger = new Uint16Array(frequency.length * 2);
        bigger.set(frequency);
        frequency = bigger;
      }
    }
    return term;
  }

  function spellingOf(original: string): number {
    let spelling = spellings.get(original);
    if (spelling !== undefined) return spelling;
    spelling = spellingCount.length;
    spellings.set(original, spelling);
    push(spellingCount, 0);
    push(spellingTermStart, spellingTerm.length);
    const keys = tokenKeys(foldText(original));
    const parts = original.split(COMPOUND_SEPARATOR).filter(Boolean);
    const seen = new Set<number>();
    keys.forEach((key, i) => {
      const term = termOf(key);
      if (seen.has(term)) return;
      seen.add(term);
      push(spellingTerm, term);
      // keys = [whole, ...parts] for compounds, so key i ≥ 1 is part i-1 as written.
      spellingDisplay.push(i > 0 && parts.length === keys.length - 1 ? parts[i - 1]! : original);
    });
    return spelling;
  }

  function addParagraph(text: string): number {
    let words = 0;
    forEachWord(text, (start, end) => {
      words++;
      const spelling = spellingOf(text.slice(start, end));
      spellingCount.data[spelling]!++;
      const to = spelling + 1 < spellingTermStart.length ? spellingTermStart.data[spelling + 1]! : spellingTerm.length;
      for (let s = spellingTermStart.data[spelling]!; s < to; s++) {
        const term = spellingTerm.data[s]!;
        if (frequency[term] === 0) touched.push(term);
        if (frequency[term]! < MAX_FREQUENCY) frequency[term]!++;
      }
    });
    for (const term of touched) {
      push(forwardTerm, term);
      push(forwardFrequency, frequency[term]!);
      frequency[term] = 0;
      documentFrequency.data[term]!++;
    }
    touched.length = 0;
    return words;
  }

  function add(article: Article): void {
    if (finished) throw new Error('PassageIndexBuilder.add after finish');
    const articleIndex = articles.length;
    articles.push(article);
    article.paragraphs.forEach((paragraph, position) => {
      push(forwardStart, forwardTerm.length);
      push(passageArticle, articleIndex);
      push(passageParagraph, position);
      const words = addParagraph(paragraph.text);
      push(passageLength, words);
      totalLength += words;
    });
  }

  function* finishInSlices(): Generator<void, PassageIndex> {
    if (finished) throw new Error('PassageIndexBuilder.finish called twice');
    finished = true;
    const passageCount = passageArticle.length;
    const termCount = termKeys.length;
    push(forwardStart, forwardTerm.length);

    const postingStart = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + documentFrequency.data[t]!;
    documentFrequency = growableUint32(1);
    const postingPassage = new Uint32Array(forwardTerm.length);
    const postingFrequency = new Uint16Array(forwardTerm.length);
    const cursor = postingStart.slice(0, termCount);
    yield;
    // Passages are visited in ascending order, so every posting list comes out sorted.
    for (let p = 0; p < passageCount; p++) {
      const end = forwardStart.data[p + 1]!;
      for (let f = forwardStart.data[p]!; f < end; f++) {
        const at = cursor[forwardTerm.data[f]!]!++;
        postingPassage[at] = p;
        postingFrequency[at] = forwardFrequency.data[f]!;
      }
      if (p % SLICE === SLICE - 1) yield;
    }
    yield;

    const termDisplay = new Array<string>(termCount);
    const bestCount = new Uint32Array(termCount);
    for (let s = 0; s < spellingCount.length; s++) {
      const count = spellingCount.data[s]!;
      const to = s + 1 < spellingTermStart.length ? spellingTermStart.data[s + 1]! : spellingTerm.length;
      for (let i = spellingTermStart.data[s]!; i < to; i++) {
        const term = spellingTerm.data[i]!;
        if (count > bestCount[term]!) {
          bestCount[term] = count;
          termDisplay[term] = spellingDisplay[i]!;
        }
      }
      if (s % SLICE === SLICE - 1) yield;
    }
    spellings.clear();
    // The builder is done; drop the build-time buffers even if a caller keeps a reference to it.
    forwardTerm.data = new Uint32Array(0);
    forwardFrequency.data = new Uint16Array(0);
    spellingTerm.data = new Uint32Array(0);
    spellingDisplay.length = 0;
    yield;

    const trigrams = yield* buildTrigramIndex(termKeys);
    return {
      articles,
      passageArticle: trimmed(passageArticle),
      passageParagraph: trimmed(passageParagraph),
      passageLength: trimmed(passageLength),
      averageLength: passageCount ? totalLength / passageCount : 0,
      vocabulary,
      termKeys,
      termDisplay,
      postingStart,
      postingPassage,
      postingFrequency,
      trigrams,
    };
  }

  function finish(): PassageIndex {
    const steps = finishInSlices();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  return { add, finishInSlices, finish };
}
