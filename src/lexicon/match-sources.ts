import { leadingLetters, type CompiledLexicon } from './compile-lexicon';
import { inflectionKey } from './match-key';
import { sentenceWords } from '../text/sentence-words';
import { columnsOf, type WordColumns } from '../text/word-columns';

/** A run of words naming a source, as word indices into the words it was found in. */
export interface SourceMatch {
  sourceId: string;
  /** Index of the first and last token of the mention (inclusive). */
  first: number;
  last: number;
  /** Matched by a generic phrasing (see SourceEntry.generic): names the source only where the article has. */
  generic: boolean;
}

/** A source named in a text, with the verbatim words that name it. */
export interface SourceMention {
  sourceId: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Inflection keys of the words of the text being matched, by word index; cleared for each text. One array for all
 * texts: a fresh one per text, grown to the index of each name it met, was most of what matching allocated.
 */
const stems: (string | undefined)[] = [];

/**
 * Finds every source named in `words` (read from `text` by sentenceWords or a WordScan): at each word, the longest
 * alias there, so "südkoreanische Nachrichtenagentur Yonhap" is one mention of Yonhap, not Südkorea plus something.
 * Linear in the number of words (each trie walk is bounded by the longest alias). Two mentions of the same source that touch
 * ("Nordkoreas staatliche Nachrichtenagentur KCNA", "Kreml-Chef Putin") are merged, so the mention reads whole.
 * `starts`, when the caller already knows which words may start a name, says so for word i with its bits `startBit`
 * (exactly as mayStartSourceName would), so no word's key is looked at twice for it.
 */
export function matchSources(
  text: string,
  words: WordColumns,
  lexicon: CompiledLexicon,
  starts: ArrayLike<number> | null = null,
  startBit = 0,
): SourceMatch[] {
  const matches: SourceMatch[] = [];
  const { count, keys } = words;
  // Inflection keys are worked out only for words that may start or continue an alias.
  for (let k = 0; k < count; k++) stems[k] = undefined;
  let i = 0;
  while (i < count) {
    const mayStart = starts === null ? mayStartSourceName(keys[i]!, lexicon) : (starts[i]! & startBit) !== 0;
    if (!mayStart) {
      i += 1;
      continue;
    }
    let node = lexicon.aliasTrie;
    let found: SourceMatch | null = null;
    for (let j = i; j < count; j++) {
      const child = node.next.get((stems[j] ??= inflectionKey(keys[j]!)));
      if (!child) break;
      node = child;
      if (node.sourceId !== null) found = { sourceId: node.sourceId, first: i, last: j, generic: node.generic };
    }
    if (!found) {
      i += 1;
      continue;
    }
    const previous = matches.at(-1);
    const continues = previous?.sourceId === found.sourceId && previous.last === i - 1;
    if (previous && continues && onlySpaceBetween(text, words, i)) {
      previous.last = found.last;
      previous.generic &&= found.generic;
    } else {
      matches.push(found);
    }
    i = found.last + 1;
  }
  return matches;
}

/**
 * Whether a word, by its folded key, may start the name of a source: matchSources tries no other word, so a text
 * with no such word names no source.
 */
export function mayStartSourceName(key: string, lexicon: CompiledLexicon): boolean {
  return lexicon.aliasStarts[leadingLetters(key)] === 1;
}

function onlySpaceBetween(text: string, words: WordColumns, i: number): boolean {
  return i > 0 && i < words.count && /^\s*$/.test(text.slice(words.ends[i - 1], words.starts[i]));
}

/** The verbatim words of a match. */
function mentionText(text: string, words: WordColumns, match: SourceMatch): SourceMention {
  const start = match.first < words.count ? words.starts[match.first]! : 0;
  const end = match.last < words.count ? words.ends[match.last]! : start;
  return { sourceId: match.sourceId, text: text.slice(start, end), start, end };
}

/** Every source named in a text, for callers that have no words at hand (search, queries). */
export function findSourceMentions(text: string, lexicon: CompiledLexicon): SourceMention[] {
  const words = columnsOf(sentenceWords(text));
  return matchSources(text, words, lexicon).map((m) => mentionText(text, words, m));
}
