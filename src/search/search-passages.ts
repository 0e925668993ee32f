import { sentencesOf } from '../corpus/article-text';
import { bestSentence } from './best-sentence';
import {
  documentFrequency,
  HEADLINE,
  passageAt,
  STANDFIRST,
  termDisplay,
  termKey,
  type PassageIndex,
} from './passage-index';
import { resolveQuery, type QueryWord } from './resolve-query';
import { accumulateWord, probeWord } from './score-passages';
import { resetScratch, scratchFor, type SearchScratch } from './search-scratch';
import { topK } from './top-k';

export interface PassageHit {
  articleId: string;
  /** 1-based paragraph number, as citations show it; 0 for the headline and the standfirst. */
  paragraph: number;
  /** The hit is in the standfirst (paragraph 0), not the headline. */
  standfirst?: true;
  score: number;
  /** 0-based index of the paragraph's best sentence (most query words): the snippet to show, verbatim. */
  sentence: number;
  /** The words of that sentence that matched, as written ("Nordkorea-Soldaten" for `Soldaten`), for highlighting. */
  terms: string[];
}

interface ResolvedWord {
  /** A query word as typed. */
  word: string;
  /** What it was found as, in the archive's own spelling ("Gerassimow" for `Gerasimow`). Empty: not found. */
  matched: string[];
  /** True when the word was not in the archive and was corrected to close words. */
  fuzzy: boolean;
}

export interface PassageSearch {
  hits: PassageHit[];
  words: ResolvedWord[];
  /** Passages matching every found query word, or when none does, passages matching any. */
  total: number;
  /** Passages matching every query word that was found. */
  totalAllWords: number;
}

// Passages with every found query word always rank first (AND before OR); score orders within each tier.
const ALL_WORDS_BONUS = 1e6;
const MAX_LIMIT = 100;
// A word in more passages than this is "common" ("die", "und") and is only looked up in passages the other
// words found; see probeWord.
const COMMON_SHARE = 1 / 20;
const COMMON_MIN = 2_000;

// A fresh object each time: callers own what they get back.
const empty = (words: ResolvedWord[] = []): PassageSearch => ({ hits: [], words, total: 0, totalAllWords: 0 });

/**
 * Searches passages for a free-text query. Every query word found (exactly, or corrected when absent from the
 * archive) adds its BM25 score; passages with all found words come first, then passages with some, by score,
 * to fill `limit`. Never throws for any input string; nonsense gives an empty result.
 *
 * Cost: the posting lists of the query's informative words, plus a binary search per matching passage for
 * each common word. The one approximation: when informative words are present, passages holding only common
 * words are not considered for the "some words" tier, where they would rank near the end anyway.
 */
export function searchPassages(index: PassageIndex, query: string, limit: number): PassageSearch {
  const wanted = Number.isFinite(limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit))) : 0;
  const passages = index.passageLength.length;
  if (typeof query !== 'string' || passages === 0) return empty();

  const scratch = scratchFor(index);
  const words = resolveQuery(index, query, scratch);
  const report = words.map((w) => reportWord(index, w));
  const found = words.filter((w) => w.terms.length > 0);
  if (found.length === 0) return empty(report);

  const all = (1 << found.length) - 1;
  const common = Math.max(COMMON_MIN, passages * COMMON_SHARE);
  const isCommon = found.map((w) => w.terms.reduce((sum, t) => sum + documentFrequency(index, t), 0) > common);

  let touchedCount = 0;
  let totalAllWords = 0;
  if (isCommon.includes(true) && isCommon.includes(false)) {
    found.forEach((word, w) => {
      if (!isCommon[w]) touchedCount = accumulateWord(index, scratch, word.terms, w, touchedCount);
    });
    found.forEach((word, w) => {
      if (isCommon[w]) probeWord(index, scratch, word.terms, w, touchedCount);
    });
    totalAllWords = countAllWords(scratch, touchedCount, all);
    if (totalAllWords === 0 || touchedCount < wanted) {
      // Too few passages to fill the answer from the informative words: score every word in full.
      resetScratch(scratch, touchedCount);
      touchedCount = 0;
    }
  }
  if (touchedCount === 0) {
    found.forEach((word, w) => {
      touchedCount = accumulateWord(index, scratch, word.terms, w, touchedCount);
    });
    totalAllWords = countAllWords(scratch, touchedCount, all);
  }

  const { score, words: wordBits, touched } = scratch;
  for (let n = 0; n < touchedCount; n++) {
    const p = touched[n]!;
    if (wordBits[p] === all) score[p]! += ALL_WORDS_BONUS;
  }
  const best = topK(touched, touchedCount, wanted, score);
  const scores = best.map((p) => score[p]! - (wordBits[p] === all ? ALL_WORDS_BONUS : 0));
  resetScratch(scratch, touchedCount);

  const wordOfKey = new Map<string, number>();
  for (const [w, word] of found.entries()) for (const t of word.terms) wordOfKey.set(termKey(index, t), w);
  const hits: PassageHit[] = [];
  best.forEach((p, i) => {
    const at = passageAt(index, p);
    if (!at) return;
    if (at.position === HEADLINE) {
      const choice = bestSentence([at.article.title], wordOfKey);
      hits.push({ articleId: at.article.id, paragraph: 0, score: scores[i]!, sentence: 0, terms: choice.terms });
      return;
    }
    if (at.position === STANDFIRST) {
      const choice = bestSentence([at.article.standfirst ?? ''], wordOfKey);
      const hit = { articleId: at.article.id, paragraph: 0, score: scores[i]!, sentence: 0, terms: choice.terms };
      hits.push({ ...hit, standfirst: true });
      return;
    }
    const choice = bestSentence(sentencesOf(at.article.text, at.position), wordOfKey);
    hits.push({
      articleId: at.article.id,
      paragraph: at.position + 1,
      score: scores[i]!,
      sentence: choice.sentence,
      terms: choice.terms,
    });
  });
  return { hits, words: report, total: totalAllWords || touchedCount, totalAllWords };
}

function countAllWords(scratch: SearchScratch, touchedCount: number, all: number): number {
  let count = 0;
  for (let n = 0; n < touchedCount; n++) if (scratch.words[scratch.touched[n]!] === all) count++;
  return count;
}

function reportWord(index: PassageIndex, word: QueryWord): ResolvedWord {
  const matched = [...new Set(word.terms.map((t) => termDisplay(index, t)))];
  return { word: word.word, matched, fuzzy: word.fuzzy };
}
