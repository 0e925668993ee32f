import { leadingLetters, type CompiledLexicon } from './compile-lexicon';
import { inflectionKey } from './match-key';
import { sentenceWords, type Word } from './sentence-words';

/** A run of words naming a source, as token indices into the tokens it was found in. */
export interface SourceMatch {
  sourceId: string;
  /** Index of the first and last token of the mention (inclusive). */
  first: number;
  last: number;
}

/** A source named in a text, with the verbatim words that name it. */
export interface SourceMention {
  sourceId: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Finds every source named in `tokens` (read from `text` by sentenceWords): at each word, the longest alias there,
 * so "südkoreanische Nachrichtenagentur Yonhap" is one mention of Yonhap, not Südkorea plus something. Linear in the
 * number of words (each trie walk is bounded by the longest alias). Two mentions of the same source that touch
 * ("Nordkoreas staatliche Nachrichtenagentur KCNA", "Kreml-Chef Putin") are merged, so the mention reads whole.
 */
export function matchSources(text: string, tokens: readonly Word[], lexicon: CompiledLexicon): SourceMatch[] {
  const matches: SourceMatch[] = [];
  // Inflection keys are worked out only for words that may start or continue an alias.
  const stems: (string | undefined)[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayStartSourceName(tokens[i]?.key ?? '', lexicon)) {
      i += 1;
      continue;
    }
    let node = lexicon.aliasTrie;
    let found: SourceMatch | null = null;
    for (let j = i; j < tokens.length; j++) {
      const child = node.next.get((stems[j] ??= inflectionKey(tokens[j]?.key ?? '')));
      if (!child) break;
      node = child;
      if (node.sourceId !== null) found = { sourceId: node.sourceId, first: i, last: j };
    }
    if (!found) {
      i += 1;
      continue;
    }
    const previous = matches.at(-1);
    const continues = previous?.sourceId === found.sourceId && previous.last === i - 1;
    if (previous && continues && onlySpaceBetween(text, tokens, i)) {
      previous.last = found.last;
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

function onlySpaceBetween(text: string, tokens: readonly Word[], i: number): boolean {
  const before = tokens[i - 1];
  const at = tokens[i];
  return before !== undefined && at !== undefined && /^\s*$/.test(text.slice(before.end, at.start));
}

/** The verbatim words of a match. */
export function mentionText(text: string, tokens: readonly Word[], match: SourceMatch): SourceMention {
  const start = tokens[match.first]?.start ?? 0;
  const end = tokens[match.last]?.end ?? start;
  return { sourceId: match.sourceId, text: text.slice(start, end), start, end };
}

/** Every source named in a text, for callers that have no tokens at hand (search, queries). */
export function findSourceMentions(text: string, lexicon: CompiledLexicon): SourceMention[] {
  const tokens = sentenceWords(text);
  return matchSources(text, tokens, lexicon).map((m) => mentionText(text, tokens, m));
}
