import { bestSentence } from './best-sentence';
import { passageAt, type PassageIndex } from './passage-index';
import { resolveQuery, type QueryWord } from './resolve-query';
import { scratchFor } from './search-scratch';
import { topK } from './top-k';

export interface PassageHit {
  articleId: string;
  /** 1-based paragraph number, as citations show it. */
  paragraph: number;
  score: number;
  /** 0-based index of the paragraph's best sentence (most query words): the snippet to show, verbatim. */
  sentence: number;
  /** The words of that sentence that matched, as written ("Nordkorea-Soldaten" for `Soldaten`), for highlighting. */
  terms: string[];
}

export interface ResolvedWord {
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
  /** Passages matching at least one query word. */
  total: number;
  /** Passages matching every query word that was found. */
  totalAllWords: number;
}

// BM25 parameters: the usual defaults; paragraphs are short and even in length, so there is little to tune.
const K1 = 1.2;
const B = 0.75;
// Passages with more of the query's words always rank first (AND before OR); score orders within a tier.
// A BM25 score stays far below this for 8 words.
const TIER = 10_000;
const MAX_LIMIT = 100;

const EMPTY: PassageSearch = { hits: [], words: [], total: 0, totalAllWords: 0 };

/**
 * Searches passages for a free-text query. Every query word found (exactly, or corrected when absent from the
 * archive) adds its BM25 score; passages with all found words come first, then passages with fewer to fill
 * `limit`. Never throws for any input string; nonsense gives an empty result.
 */
export function searchPassages(index: PassageIndex, query: string, limit: number): PassageSearch {
  const wanted = Number.isFinite(limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit))) : 0;
  const passages = index.passageLength.length;
  if (typeof query !== 'string' || passages === 0) return EMPTY;

  const scratch = scratchFor(index);
  const words = resolveQuery(index, query, scratch.trigramCounter);
  const report = words.map((w) => reportWord(index, w));
  const found = words.filter((w) => w.terms.length > 0);
  if (found.length === 0) return { ...EMPTY, words: report };

  const { score, words: wordBits, lastWord, contribution, touched } = scratch;
  let touchedCount = 0;
  found.forEach((word, w) => {
    const bit = 1 << w;
    for (const term of word.terms) {
      const from = index.postingStart[term]!;
      const to = index.postingStart[term + 1]!;
      const df = to - from;
      const idf = Math.log(1 + (passages - df + 0.5) / (df + 0.5));
      for (let at = from; at < to; at++) {
        const p = index.postingPassage[at]!;
        const tf = index.postingFrequency[at]!;
        const norm = K1 * (1 - B + (B * index.passageLength[p]!) / index.averageLength);
        const value = (idf * tf * (K1 + 1)) / (tf + norm);
        if (wordBits[p] === 0) touched[touchedCount++] = p;
        // A corrected word may stand for several terms; a passage counts its best one, not their sum.
        if (lastWord[p] === w + 1) {
          if (value > contribution[p]!) {
            score[p]! += value - contribution[p]!;
            contribution[p] = value;
          }
        } else {
          lastWord[p] = w + 1;
          contribution[p] = value;
          score[p]! += value;
          wordBits[p]! |= bit;
        }
      }
    }
  });

  const all = (1 << found.length) - 1;
  let totalAllWords = 0;
  for (let n = 0; n < touchedCount; n++) if (wordBits[touched[n]!] === all) totalAllWords++;
  const best = topK(touched, touchedCount, wanted, (p) => bitCount(wordBits[p]!) * TIER + score[p]!);
  const scores = best.map((p) => score[p]!);

  for (let n = 0; n < touchedCount; n++) {
    const p = touched[n]!;
    score[p] = 0;
    wordBits[p] = 0;
    lastWord[p] = 0;
    contribution[p] = 0;
  }

  const wordOfKey = new Map<string, number>();
  found.forEach((word, w) => word.terms.forEach((t) => wordOfKey.set(index.termKeys[t]!, w)));
  const hits: PassageHit[] = [];
  best.forEach((p, i) => {
    const at = passageAt(index, p);
    if (!at) return;
    const choice = bestSentence(at.paragraph, wordOfKey);
    hits.push({
      articleId: at.article.id,
      paragraph: at.paragraph.number,
      score: scores[i]!,
      sentence: choice.sentence,
      terms: choice.terms,
    });
  });
  return { hits, words: report, total: touchedCount, totalAllWords };
}

function reportWord(index: PassageIndex, word: QueryWord): ResolvedWord {
  const matched = [...new Set(word.terms.map((t) => index.termDisplay[t] ?? index.termKeys[t]!))];
  return { word: word.word, matched, fuzzy: word.fuzzy };
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}
