import { foldText } from '../text/fold';
import type { CompiledLexicon } from './compile-lexicon';

/**
 * The topics a single word is about, judged by the head of the compound: "Nordkorea-Soldaten" and
 * "Spezialeinheiten" → troops, "Raketengeschosse" → ammunition, "Kurzstreckenraketen" → missiles.
 */
export function topicsOfWord(word: string, lexicon: CompiledLexicon): string[] {
  return topicsOfKey(foldText(word), lexicon);
}

/** topicsOfWord for a word already folded (a Word's `key`). */
export function topicsOfKey(key: string, lexicon: CompiledLexicon): string[] {
  const found: string[] = [];
  let node = lexicon.topicTails;
  for (let i = key.length - 1; i >= 0; i--) {
    const child = node.next.get(key[i] ?? '');
    if (!child) break;
    node = child;
    for (const id of node.topicIds) if (!found.includes(id)) found.push(id);
  }
  return found;
}
