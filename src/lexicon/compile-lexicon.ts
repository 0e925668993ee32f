import { foldText } from '../text/fold';
import { phraseKey, phraseKeys } from './match-key';
import type { Lexicon, SourceEntry, TopicEntry } from './schema';

/** A node of the word trie over source aliases; a path of word keys from the root spells an alias. */
interface AliasTrieNode {
  next: Map<string, AliasTrieNode>;
  /** Set when the path to this node is a complete alias. */
  sourceId: string | null;
  /** The alias ending here is one of the source's generic phrasings (see SourceEntry.generic). */
  generic: boolean;
}

/** A node of the letter trie over reversed topic terms (see compileTopicTails). */
interface TopicTailNode {
  next: Map<string, TopicTailNode>;
  topicIds: string[];
}

/**
 * The lexicon prepared once for fast matching: per-article analysis then costs one trie walk per word, whatever
 * the number of aliases, which keeps an archive's build linear in its text.
 */
export interface CompiledLexicon {
  lexicon: Lexicon;
  sourceById: ReadonlyMap<string, SourceEntry>;
  topicById: ReadonlyMap<string, TopicEntry>;
  /** Word trie over every source name and alias, keyed by inflection keys (see match-key.ts). */
  aliasTrie: AliasTrieNode;
  /**
   * For the first three letters of a word (see leadingLetters), whether some alias starts with a word beginning
   * so. Nearly all words of a text start no alias; this lets the matcher pass them without an inflection key.
   */
  aliasStarts: Uint8Array;
  /** Phrase key (as phraseKey) of every source name and alias → source id, for resolving what a user typed. */
  sourceIdByPhrase: ReadonlyMap<string, string>;
  /** Phrase key of every topic label and name → topic ids. */
  topicIdsByPhrase: ReadonlyMap<string, readonly string[]>;
  /** Reversed topic terms with their inflected forms, to find a topic at the head (end) of a German compound. */
  topicTails: TopicTailNode;
}

// German puts the head of a compound last and inflects after it, so "Kurzstreckenraketen" is about "rakete" and
// "Raketengeschosse" is about "geschoss", not "rakete": a term must end the word, up to one of these endings.
const TERM_ENDINGS = ['', 'e', 'n', 'en', 'er', 'ern', 'es', 's', 'ns', 'em'] as const;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const aliasTrie = compileAliasTrie(lexicon.sources);
  return {
    lexicon,
    sourceById: new Map(lexicon.sources.map((s) => [s.id, s])),
    topicById: new Map(lexicon.topics.map((t) => [t.id, t])),
    aliasTrie,
    aliasStarts: compileAliasStarts(aliasTrie),
    sourceIdByPhrase: compileSourcePhrases(lexicon.sources),
    topicIdsByPhrase: compileTopicPhrases(lexicon.topics),
    topicTails: compileTopicTails(lexicon.topics),
  };
}

function compileAliasTrie(sources: SourceEntry[]): AliasTrieNode {
  const root: AliasTrieNode = { next: new Map(), sourceId: null, generic: false };
  for (const source of sources) {
    const phrasings = [source.name, ...source.aliases].map((phrase) => ({ phrase, generic: false }));
    for (const phrase of source.generic) phrasings.push({ phrase, generic: true });
    for (const { phrase, generic } of phrasings) {
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), sourceId: null, generic: false };
          node.next.set(key, child);
        }
        node = child;
      }
      // The loader rejects aliases claimed twice; should one slip through, the first source keeps it.
      if (node.sourceId === null) {
        node.sourceId = source.id;
        node.generic = generic;
      }
    }
  }
  return root;
}

/**
 * An 18-bit index from the first three characters of a folded word. An inflection key is a prefix of its word (at
 * least four letters long, or the whole word), so a word shares its first three characters with its key. Folded
 * letters differ in their low six bits, so common words rarely collide with an alias's start.
 */
export function leadingLetters(key: string): number {
  return ((key.charCodeAt(0) & 0x3f) << 12) | ((key.charCodeAt(1) & 0x3f) << 6) | (key.charCodeAt(2) & 0x3f);
}

function compileAliasStarts(trie: AliasTrieNode): Uint8Array {
  const starts = new Uint8Array(1 << 18);
  for (const firstWord of trie.next.keys()) starts[leadingLetters(firstWord)] = 1;
  return starts;
}

function compileSourcePhrases(sources: SourceEntry[]): Map<string, string> {
  const byPhrase = new Map<string, string>();
  for (const source of sources) {
    for (const phrase of [source.id, source.name, ...source.aliases]) {
      const key = phraseKey(phrase);
      if (key !== '' && !byPhrase.has(key)) byPhrase.set(key, source.id);
    }
  }
  return byPhrase;
}

function compileTopicPhrases(topics: TopicEntry[]): Map<string, string[]> {
  const byPhrase = new Map<string, string[]>();
  for (const topic of topics) {
    for (const phrase of [topic.id, topic.label, ...topic.names]) {
      const key = phraseKey(phrase);
      if (key === '') continue;
      const ids = byPhrase.get(key) ?? [];
      if (!ids.includes(topic.id)) ids.push(topic.id);
      byPhrase.set(key, ids);
    }
  }
  return byPhrase;
}

function compileTopicTails(topics: TopicEntry[]): TopicTailNode {
  const root: TopicTailNode = { next: new Map(), topicIds: [] };
  for (const topic of topics) {
    for (const term of topic.terms) {
      const folded = foldText(term.trim());
      if (folded === '') continue;
      for (const ending of TERM_ENDINGS) {
        let node = root;
        for (const char of [...(folded + ending)].reverse()) {
          let child = node.next.get(char);
          if (!child) {
            child = { next: new Map(), topicIds: [] };
            node.next.set(char, child);
          }
          node = child;
        }
        if (!node.topicIds.includes(topic.id)) node.topicIds.push(topic.id);
      }
    }
  }
  return root;
}
