import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { mayStartSourceName } from '../lexicon/match-sources';
import type { WordColumns } from '../lexicon/word-columns';
import { WordScan } from '../lexicon/word-scan';
import { CUE_WORDS, ORIGIN_AFTER, ORIGIN_BEFORE } from './attribution-cues';

const scan = new WordScan();

/**
 * The words of a sentence (as sentenceWords finds them, in columns) when attributeSentence may find something in
 * it, else null. The columns are a scanner's, reused for the next sentence: read them before calling again.
 * Null means it finds no source and no unnamed report, and is decided without building the sentence's words: at
 * 10,000 articles, reading every sentence in full for attribution was more than half of the analysis, while half
 * the sentences cannot cite anything.
 *
 * Why null is safe (see attribute-sentence.ts): a sentence with no cue word and no parenthesis is passed over there
 * too. Every other route to a result needs a named source (verbs, "so", credits, credit lines), except the origin
 * cues ("nach Angaben …", "laut …", "… zufolge"), which mark a sentence as citing unnamed reports without a name.
 * A source can only be named where some word may start a source's name (see mayStartSourceName). So a sentence
 * with neither such a word nor an origin cue yields nothing. may-attribute.test.ts checks this against the full
 * reading.
 */
export function wordsIfCiting(sentence: string, lexicon: CompiledLexicon): WordColumns | null {
  scan.read(sentence);
  return mayCite(scan, sentence.includes('('), lexicon) ? scan : null;
}

function mayCite(scan: WordScan, parenthesis: boolean, lexicon: CompiledLexicon): boolean {
  let cued = parenthesis;
  let namedOrOrigin = false;
  for (let i = 0; i < scan.count && !(cued && namedOrOrigin); i++) {
    const key = scan.keys[i]!;
    // One lookup per word for both questions: this runs for every word of the archive.
    const role = CUE_ROLES.get(key) ?? 0;
    if (role & CUE) cued = true;
    if (role & ORIGIN || (!namedOrOrigin && mayStartSourceName(key, lexicon))) namedOrOrigin = true;
  }
  return cued && namedOrOrigin;
}

const CUE = 1;
/** A cue that marks a sentence as citing unnamed reports even when it names no source. */
const ORIGIN = 2;
const CUE_ROLES: ReadonlyMap<string, number> = new Map([
  ...[...CUE_WORDS].map((word): [string, number] => [word, CUE]),
  ...[...ORIGIN_BEFORE.keys(), ...ORIGIN_AFTER].map((word): [string, number] => [word, CUE | ORIGIN]),
]);
