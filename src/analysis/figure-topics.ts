import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { sentenceWords } from '../text/sentence-words';
import { topicsOfKey } from '../lexicon/topics-of-word';
import type { CountedNoun } from './counted-noun';

/**
 * What a figure is about. The counted noun decides when there is one: "2000 US-Dollar" is pay even in a sentence
 * full of soldiers, and a noun with no topic ("50 Kilometer") gets none rather than a neighbour's. Only when nothing
 * follows the number ("… über 10.000 überschreiten könnte") does the sentence speak, and then only its topic word
 * nearest to the number, so one figure is not filed under every subject the sentence touches.
 */
export function figureTopics(
  sentence: string,
  numberStart: number,
  counted: CountedNoun | null,
  lexicon: CompiledLexicon,
): string[] {
  if (counted) {
    const topics: string[] = [];
    for (const word of sentenceWords(counted.text)) {
      for (const id of topicsOfKey(word.key, lexicon)) if (!topics.includes(id)) topics.push(id);
    }
    return topics;
  }

  let nearest: { distance: number; topics: string[] } | null = null;
  for (const word of sentenceWords(sentence)) {
    const topics = topicsOfKey(word.key, lexicon);
    if (topics.length === 0) continue;
    const distance = Math.abs(word.start - numberStart);
    if (!nearest || distance < nearest.distance) nearest = { distance, topics };
  }
  return nearest?.topics ?? [];
}
