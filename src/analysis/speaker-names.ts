import { phraseKey } from '../lexicon/match-key';
import { sentenceWords } from '../text/sentence-words';
import { boundedMemo } from './bounded-memo';
import type { PhraseReader, SpeakerPhrase } from './speaker-phrase';
import { NAME_PARTICLES } from './speaker-words';

/* Names as a resolved credit gives them: ids of discovered sources, the words of a phrase, what looks like a person. */

/**
 * Discovered sources are keyed by the inflection keys of their name, so "Wifo" and "des Wifo" are one source.
 * Names recur across an archive's sentences: each one's key is tokenised once.
 */
export const discoveredId = boundedMemo((name) => `~${phraseKey(name).replace(/\s+/g, '-')}`, 50_000);

/** Roles that speak for their body: what a spokesperson says, the body says. */
export const SPOKESPERSON =
  /(?:sprecher|sprecherin|vertreter|vertreterin|sprecherinnen|vertretern|forscher|forscherinnen|experten|expertinnen|okonomen|analysten|wissenschafter|wissenschaftler|mitarbeiter)$/;

/** The role noun of a phrase ("Staatsanwalt" in "der zuständige Staatsanwalt des Distrikts"). */
export function roleWord(reader: PhraseReader, p: SpeakerPhrase): number {
  for (let i = p.first; i <= p.last; i++) if (reader.roleNoun(i)) return i;
  return p.first;
}

export function textOf(reader: PhraseReader, first: number, last: number): string {
  return reader.text.slice(reader.words.starts[first], reader.words.ends[last]);
}

/** The last word of a phrase before its aside ("(SPÖ)"). */
export function coreLast(p: SpeakerPhrase): number {
  if (p.aside === null) return p.last;
  return p.nameLast >= 0 ? p.nameLast : Math.max(p.first, p.last - p.aside.split(/\s+/).length);
}

export function foldRole(role: string): string {
  return sentenceWords(role)
    .map((w) => w.key)
    .join('-');
}

/**
 * "Wolfgang Katzian", "Ursula von der Leyen": two to four capitalised words, none an acronym or a noun of an
 * institution. "Statistik Austria" and "Rotes Kreuz" fail on their nouns only where the word lists know them; the
 * kind only decides whether a pronoun may later stand for the name.
 */
export function looksLikePersonName(reader: PhraseReader, first: number, last: number): boolean {
  if (last - first > 3) return false;
  // "Moderatorenteam Francine Jordi": a noun for a group before the name is no part of it.
  if (/(?:team|teams|duo|trio|paar|gruppe|verein|klub|club)$/.test(reader.key(first))) return false;
  for (let i = first; i <= last; i++) {
    const surface = reader.surface(i);
    if (!reader.capitalised(i) && !NAME_PARTICLES.has(reader.key(i))) return false;
    if (/^[\p{Lu}]{2,}/u.test(surface) || /\d/.test(surface)) return false;
    if (reader.institutionNoun(i)) return false;
  }
  return true;
}
