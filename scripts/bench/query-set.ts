import type { Article } from '../../src/corpus/article';
import type { SuggestField } from '../../src/engine/command';
import type { Lexicon } from '../../src/lexicon/schema';
import { tokenize } from '../../src/text/tokenize';
import { createRng, type Rng } from './prng';

/**
 * The queries the benchmark times, drawn reproducibly (seeded) from the archive and lexicon being measured, so
 * search words are words that really occur, in the proportions they occur, and typos are typos of real words.
 */

export const QUERY_KINDS = [
  'figure',
  'source',
  'search-word',
  'search-typo',
  'search-three-words',
  'autocomplete',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export type BenchQuery =
  | { kind: Exclude<QueryKind, 'autocomplete'>; text: string }
  | { kind: 'autocomplete'; field: SuggestField; text: string };

export type QuerySet = Record<QueryKind, BenchQuery[]>;

// Until the desk's lexicon lands the engine answers nothing for these, but the timing path is still exercised.
const FALLBACK_LEXICON_NAMES = {
  topics: ['troops', 'Soldaten', 'shells', 'Verluste', 'Raketen'],
  sources: ['KCNA', 'Yonhap', 'dpa', 'südkoreanischer Geheimdienst', 'Pentagon'],
};

const LETTERS = 'abcdefghijklmnoprstuwäöü';

/** One plausible typing slip: swapped neighbours, a dropped, doubled or wrong letter; never the first letter. */
export function typoOf(word: string, rng: Rng): string {
  const chars = [...word];
  const at = rng.int(1, chars.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
      break;
    case 1:
      chars.splice(at, 1);
      break;
    case 2:
      chars.splice(at, 0, chars[at] ?? '');
      break;
    default: {
      let letter = rng.pick([...LETTERS]);
      if (letter === chars[at]) letter = letter === 'e' ? 'a' : 'e';
      chars[at] = letter;
    }
  }
  const typo = chars.join('');
  return typo === word ? `${word.slice(0, -1)}x` : typo;
}

interface SentenceWords {
  words: string[];
}

/** A random sentence's content words (letters only, 4+ characters), from a random article and paragraph. */
function randomSentence(articles: readonly Article[], rng: Rng): SentenceWords {
  // Bounded, so an archive without usable sentences is an error rather than a hang.
  for (let attempt = 0; attempt < 100_000; attempt++) {
    const article = rng.pick(articles);
    if (article.paragraphs.length === 0) continue;
    const paragraph = rng.pick(article.paragraphs);
    if (paragraph.heading || paragraph.sentences.length === 0) continue;
    const words = tokenize(rng.pick(paragraph.sentences))
      .map((t) => t.original)
      .filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
    if (words.length >= 3) return { words };
  }
  throw new Error('the archive has no sentence of three words or more to draw queries from');
}

function cycle<T>(items: readonly T[], count: number, rng: Rng): T[] {
  return Array.from({ length: count }, () => rng.pick(items));
}

/** `perKind` queries of every kind. Articles must be in a stable order (sorted by id) for the set to be stable. */
export function buildQuerySet(options: {
  articles: readonly Article[];
  lexicon: Lexicon | null;
  perKind: number;
  seed: number;
}): QuerySet {
  const { articles, lexicon, perKind } = options;
  const rng = createRng(options.seed);
  const topicNames = lexicon ? lexicon.topics.flatMap((t) => [t.label, ...t.names]) : FALLBACK_LEXICON_NAMES.topics;
  const sourceNames = lexicon ? lexicon.sources.flatMap((s) => [s.name, ...s.aliases]) : FALLBACK_LEXICON_NAMES.sources;

  const searchWord = (): BenchQuery => ({ kind: 'search-word', text: rng.pick(randomSentence(articles, rng).words) });
  const searchTypo = (): BenchQuery => {
    let word = '';
    while (word.length < 6) word = rng.pick(randomSentence(articles, rng).words);
    return { kind: 'search-typo', text: typoOf(word, rng) };
  };
  const searchThree = (): BenchQuery => {
    const { words } = randomSentence(articles, rng);
    const start = rng.int(0, words.length - 3);
    return { kind: 'search-three-words', text: words.slice(start, start + 3).join(' ') };
  };
  const autocomplete = (): BenchQuery => {
    const field = rng.pick(['topic', 'source', 'article'] as const);
    const name =
      field === 'topic' ? rng.pick(topicNames) : field === 'source' ? rng.pick(sourceNames) : rng.pick(articles).title;
    const letters = [...name.replace(/[^\p{L}\p{N}]/gu, '')];
    return { kind: 'autocomplete', field, text: letters.slice(0, rng.int(1, 3)).join('') || 'a' };
  };

  return {
    figure: cycle(topicNames, perKind, rng).map((text) => ({ kind: 'figure', text })),
    source: cycle(sourceNames, perKind, rng).map((text) => ({ kind: 'source', text })),
    'search-word': Array.from({ length: perKind }, searchWord),
    'search-typo': Array.from({ length: perKind }, searchTypo),
    'search-three-words': Array.from({ length: perKind }, searchThree),
    autocomplete: Array.from({ length: perKind }, autocomplete),
  };
}
