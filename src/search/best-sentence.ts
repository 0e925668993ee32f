import { foldText } from '../text/fold';
import { tokenKeys } from '../text/tokenize';
import { WordRanges } from '../text/scan-words';

export interface SentenceChoice {
  /** 0-based index into the paragraph's sentences. */
  sentence: number;
  /** The words of that sentence that matched, as written, each once, in text order. */
  terms: string[];
}

/**
 * The sentence of a matching paragraph to show as the snippet: the one containing the most different query
 * words (then the most matching words; then the earliest), so the verbatim sentence shown is the one that
 * explains the hit. `wordOfKey` maps every term key a query word resolved to onto that word's number.
 */
export function bestSentence(sentences: readonly string[], wordOfKey: ReadonlyMap<string, number>): SentenceChoice {
  let best: SentenceChoice = { sentence: 0, terms: [] };
  let bestDistinct = -1;
  let bestHits = -1;
  sentences.forEach((sentence, index) => {
    const words = new Set<number>();
    const terms: string[] = [];
    let hits = 0;
    for (let i = 0, count = ranges.find(sentence); i < count; i++) {
      const original = sentence.slice(ranges.starts[i], ranges.ends[i]);
      let matched = false;
      for (const key of tokenKeys(foldText(original))) {
        const word = wordOfKey.get(key);
        if (word === undefined) continue;
        words.add(word);
        matched = true;
      }
      if (!matched) continue;
      hits++;
      if (!terms.includes(original)) terms.push(original);
    }
    if (words.size > bestDistinct || (words.size === bestDistinct && hits > bestHits)) {
      best = { sentence: index, terms };
      bestDistinct = words.size;
      bestHits = hits;
    }
  });
  return best;
}

const ranges = new WordRanges();
