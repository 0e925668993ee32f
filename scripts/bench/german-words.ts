import { createRng, deriveSeed, type Rng } from './prng';

/**
 * A pseudo-German vocabulary that grows like a real archive's. Real news text follows Zipf's law: a few words are
 * everywhere and a long tail of names and compounds keeps appearing as the archive grows (Heaps' law). A benchmark
 * over a small fixed word list would flatter any index, so content words here are drawn from an open-ended ranked
 * vocabulary of syllable-built words (with umlauts, ß and compounds), and rank r is always the same word.
 */

export type WordClass = 'noun' | 'adjective' | 'verb';

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'w',
  'z',
  'sch',
  'st',
  'sp',
  'br',
  'dr',
  'fr',
  'gr',
  'kr',
  'pr',
  'tr',
  'bl',
  'fl',
  'gl',
  'kl',
  'pf',
  'schw',
  'schl',
  'str',
  'v',
  'j',
  '',
  '',
] as const;
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'ä', 'ö', 'ü', 'au', 'ei', 'ie', 'eu', 'äu'] as const;
const CODAS = [
  '',
  '',
  '',
  'n',
  'r',
  'l',
  's',
  't',
  'ch',
  'ck',
  'ng',
  'nd',
  'rt',
  'st',
  'ß',
  'tz',
  'mm',
  'll',
  'nn',
  'ff',
  'rn',
  'lt',
  'cht',
  'rg',
  'lk',
] as const;
const NOUN_SUFFIXES = ['', '', '', 'ung', 'heit', 'keit', 'schaft', 'er', 'en', 'ling', 'tum', 'nis', 'ei', 'ation'];
const ADJECTIVE_SUFFIXES = ['ische', 'ischen', 'liche', 'lichen', 'ige', 'igen', 'bare', 'baren', 'ene', 'ter'];
const VERB_SUFFIXES = ['en', 'te', 'ten', 't', 'ierte', 'ieren'];

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

function stem(rng: Rng): string {
  let word = '';
  // Mostly two syllables: long enough to look German, short enough that compounds stay readable.
  const roll = rng.next();
  const syllables = roll < 0.3 ? 1 : roll < 0.85 ? 2 : 3;
  for (let i = 0; i < syllables; i++) word += syllable(rng);
  return word;
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The word at `rank` of a class: deterministic, so the same rank means the same word in every article. */
export function wordAtRank(wordClass: WordClass, rank: number): string {
  const classSeed = wordClass === 'noun' ? 0x6e6f756e : wordClass === 'adjective' ? 0x61646a65 : 0x76657262;
  const rng = createRng(deriveSeed(classSeed, rank));
  switch (wordClass) {
    case 'noun':
      return capitalize(stem(rng) + rng.pick(NOUN_SUFFIXES));
    case 'adjective':
      return stem(rng) + rng.pick(ADJECTIVE_SUFFIXES);
    case 'verb':
      return stem(rng) + rng.pick(VERB_SUFFIXES);
  }
}

/**
 * Draws a rank from a Zipf-like (log-uniform) distribution over 1..maxRank: rank 1 is drawn about maxRank times as
 * often as rank maxRank, which is close to how word frequencies fall off in news text.
 */
export function zipfRank(rng: Rng, maxRank: number): number {
  return Math.min(maxRank, Math.floor(Math.exp(rng.next() * Math.log(maxRank + 1))));
}

/** How wide each class's ranked vocabulary is. Nouns dominate German news vocabulary (names, compounds). */
const MAX_RANK: Record<WordClass, number> = { noun: 400_000, adjective: 60_000, verb: 40_000 };

/**
 * A word source for one generator run. Caches ranked words (generating one costs a PRNG set-up) and keeps out any
 * word that folds like a word of the real corpus, so the synthetic text never changes what a real query means.
 */
export interface Vocabulary {
  word(wordClass: WordClass, rng: Rng): string;
  /** A German compound: two nouns joined, sometimes with a hyphen ("Nordkorea-Soldaten" style). */
  compound(rng: Rng): string;
}

export function createVocabulary(isReserved: (word: string) => boolean): Vocabulary {
  const cache = new Map<string, string>();
  const ranked = (wordClass: WordClass, rank: number): string => {
    const key = `${wordClass}:${rank}`;
    let word = cache.get(key);
    if (word === undefined) {
      word = wordAtRank(wordClass, rank);
      // A reserved word is replaced by another deterministic draw rather than skipped, so ranks stay dense.
      let salt = 0;
      while (isReserved(word) || word.length < 3) word = wordAtRank(wordClass, rank + MAX_RANK[wordClass] * ++salt);
      cache.set(key, word);
    }
    return word;
  };
  const word = (wordClass: WordClass, rng: Rng): string => ranked(wordClass, zipfRank(rng, MAX_RANK[wordClass]));
  return {
    word,
    compound(rng) {
      const head = word('noun', rng);
      const tail = word('noun', rng);
      return rng.chance(0.3) ? `${head}-${tail}` : head + tail.toLowerCase();
    },
  };
}
