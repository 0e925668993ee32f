import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { SPELLING_SLOTS, spellingSlot } from '../text/fold-cache';
import { mayStartSourceName } from '../lexicon/match-sources';
import { CUE_WORDS } from './attribution-cues';
import { isInstitutionNoun, isRoleNoun } from './speaker-words';

/*
 * What a word may do in a sentence, as bits of one number per word, so that one look at each word of a sentence
 * tells whether it may cite a source and whether it may state a number in words, reading it for sources asks
 * no set about words that cue nothing, and the speaker reading tells role and institution nouns by a bit rather
 * than by running their long patterns again.
 */

/** A word that can start a cue (CUE_WORDS). */
export const CUE = 1;
/** A word that may start a source's name (see mayStartSourceName). */
export const NAME = 4;
/** A word in which readGermanNumbers may find a number word (see mayHoldNumberWord). */
export const NUMBER_WORD = 8;
/** A noun of a role (see isRoleNoun). */
export const ROLE_NOUN = 16;
/** A noun of an institution (see isInstitutionNoun). */
export const INSTITUTION_NOUN = 32;

const CUE_ROLES: ReadonlyMap<string, number> = new Map([...CUE_WORDS].map((word): [string, number] => [word, CUE]));

/*
 * The roles of recently seen words, remembered by spelling (see lastSpellingId): every word of the archive is asked
 * about, the frequent ones again and again, and a set lookup plus mayStartSourceName on every key cost a tenth of
 * the analysis. A spelling's id stands for exactly one key, so a remembered role is always exactly roleFromKey's;
 * the roles depend on the lexicon's names, so a new lexicon starts afresh.
 */
const rememberedSpellings = new Int32Array(SPELLING_SLOTS);
const rememberedRoles = new Uint8Array(SPELLING_SLOTS);
let rolesFor: CompiledLexicon | null = null;

/** The role bits of a word with folded key `key` and spelling id `spelling` (0 for none, see lastSpellingId). */
export function roleOf(key: string, spelling: number, lexicon: CompiledLexicon): number {
  if (lexicon !== rolesFor) {
    rememberedSpellings.fill(0);
    rolesFor = lexicon;
  }
  if (spelling === 0) return roleFromKey(key, lexicon);
  const slot = spellingSlot(spelling);
  if (rememberedSpellings[slot] === spelling) return rememberedRoles[slot]!;
  const role = roleFromKey(key, lexicon);
  rememberedSpellings[slot] = spelling;
  rememberedRoles[slot] = role;
  return role;
}

function roleFromKey(key: string, lexicon: CompiledLexicon): number {
  return (
    (CUE_ROLES.get(key) ?? 0) |
    (mayStartSourceName(key, lexicon) ? NAME : 0) |
    (mayHoldNumberWord(key) ? NUMBER_WORD : 0) |
    (isRoleNoun(key) ? ROLE_NOUN : 0) |
    (isInstitutionNoun(key) ? INSTITUTION_NOUN : 0)
  );
}

// Where readGermanNumbers may find a number word in a folded key (see mayHoldNumberWord): one of the starts it looks
// for (its NUMBER_WORD_START), folded ("Fünf", "Fuenf" and "funf" fold to "funf", "Zwölf" to "zwolf"), at the start
// of the key or after a character other than a-z, 0-9 and "-". None of the starts ends in a vowel that folding
// could merge with a following "e".
const NUMBER_WORD_IN_KEY =
  /(?:^|[^a-z0-9-])(?:ein(?:und|hundert|tausend|s|einhalb)|zwei|drei|vier|fun|sech|sieb|acht|neun|zehn|elf|zwol|zwanzig|hundert|tausend|anderthalb|milli(?:on|ard)|dutzend)/;

/**
 * Whether readGermanNumbers may find a number word in a word with this folded key. It looks for one where a word
 * starts, or inside a word right after a character that is neither a letter, a digit nor a hyphen (the full stop
 * or apostrophe a word may hold: "x.zwei"; half of an astral letter, which it does not take for a letter). Folding
 * keeps such characters and what follows them, and turns letters into letters ("ü" into "u", "ß" into "ss"), while
 * letters that stay as they are ("é") only cost a false hope; the key is lower case, where the number reader also
 * wants its own case. So a false here is always right, a true only a maybe.
 */
export function mayHoldNumberWord(key: string): boolean {
  return NUMBER_WORD_IN_KEY.test(key);
}
