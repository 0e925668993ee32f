import { ADJECTIVE_LIKE } from './attribution-cues';

/** What a figure counts, as written, and where it stands in the sentence. */
export interface CountedNoun {
  text: string;
  start: number;
}

const MAX_ADJECTIVES = 3;
// A word right after the number, with nothing but spaces before it. A trailing hyphen marks a shortened compound
// ("Artillerie- und Raketengeschosse").
const NEXT_WORD = /\s+([\p{L}][\p{L}\p{N}-]*)/uy;
const COORDINATION = /\s+(?:und|oder|sowie|bzw\.)\s+([\p{Lu}][\p{L}\p{N}-]*)/uy;
const SYMBOL = /\s*([%€$£])/uy;

/**
 * The noun a number counts: the next capitalised word after it, skipping up to three adjectives
 * ("10.000 nordkoreanische Soldaten" → "Soldaten"); a shortened compound keeps its partner ("acht Millionen
 * Artillerie- und Raketengeschosse" → "Artillerie- und Raketengeschosse"). Null when a verb, punctuation or the
 * sentence end follows ("… über 10.000 überschreiten könnte"): a guess would tag the figure wrongly.
 */
export function readCountedNoun(sentence: string, from: number): CountedNoun | null {
  SYMBOL.lastIndex = from;
  const symbol = SYMBOL.exec(sentence);
  if (symbol?.[1]) return { text: symbol[1], start: SYMBOL.lastIndex - 1 };

  let at = from;
  for (let skipped = 0; skipped <= MAX_ADJECTIVES; skipped++) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(sentence);
    const word = m?.[1];
    if (!m || !word) return null;
    const start = NEXT_WORD.lastIndex - word.length;
    if (/^\p{Lu}/u.test(word)) return nounFrom(sentence, word, start);
    if (!ADJECTIVE_LIKE.test(word)) return null;
    at = NEXT_WORD.lastIndex;
  }
  return null;
}

function nounFrom(sentence: string, word: string, start: number): CountedNoun {
  if (!word.endsWith('-')) return { text: word, start };
  COORDINATION.lastIndex = start + word.length;
  const partner = COORDINATION.exec(sentence);
  if (partner) return { text: sentence.slice(start, COORDINATION.lastIndex), start };
  return { text: word.slice(0, -1), start };
}
