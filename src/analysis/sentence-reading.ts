import { PREPOSITIONS, REPORT_NOUN } from './attribution-cues';
import { isQuotedAt } from './quoted-mask';
import type { PhraseReader, SpeakerPhrase } from './speaker-phrase';
import { DETERMINERS, REPORT_HEAD } from './speaker-words';

/**
 * A sentence as readSpeakers reads it — its phrase reader and the spans inside quotation — and what every reading
 * step shares: the breaks between phrases and clauses, and the phrase a cue introduces or a verb follows.
 */

/** Determiners that point back to something named before: "den Angaben zufolge", "laut dieser Studie". */
export const DEFINITE: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'dieses',
]);

export const QUOTE_MARK = /[„“”»«"]/;

export const PHRASE_BREAK = /[,;:()„“”"»«–—]|\s-\s/;

export const CLAUSE_BREAK = /[,;:„“”"»«–—]|\s-\s/;

/** Adverbs that may stand between a verb and its subject: "sagte auch Katzian", "erklärte zudem der Minister". */
export const BETWEEN_VERB_AND_SUBJECT: ReadonlySet<string> = new Set([
  'auch',
  'zudem',
  'dazu',
  'jedoch',
  'aber',
  'nun',
  'bereits',
  'ebenfalls',
  'zuletzt',
  'gestern',
  'heute',
  'damals',
  'weiter',
  'ausserdem',
  'spater',
  'dann',
  'daraufhin',
  'allerdings',
  'schliesslich',
  'zuvor',
  'erneut',
  'indes',
  'etwa',
  'beispielsweise',
  'so',
  'nochmals',
  'mehrfach',
  'einmal',
  'ebenso',
  'wiederum',
  'dazu',
  'inzwischen',
  'mittlerweile',
  'jetzt',
  'deshalb',
  'daher',
  'dabei',
  'damit',
  'darin',
]);

/** Nouns of time a verb's subject may follow: "erklärte am späten Montagabend der Sprecher". */
export const TIME_NOUN =
  /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|fruh|nacht|mittag|tag|woche|janner|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)s?$/;

/** Words opening a clause before its subject: "wie X mitteilte", "dass X sagte", "und X betonte". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'wie',
  'dass',
  'ob',
  'weil',
  'wenn',
  'als',
  'da',
  'nachdem',
  'obwohl',
  'wahrend',
  'wonach',
  'und',
  'aber',
  'doch',
  'wo',
  'denn',
  'sondern',
  'oder',
  'zumal',
  'sodass',
  'bevor',
  'seit',
  'seitdem',
  'sobald',
]);

export interface Reading {
  reader: PhraseReader;
  quoted: number[] | null;
}

export function inQuote(r: Reading, i: number): boolean {
  return r.quoted !== null && i >= 0 && i < r.reader.words.count && isQuotedAt(r.quoted, r.reader.words.starts[i]!);
}

interface Cited {
  phrase: SpeakerPhrase | null;
  /** A report noun stood where the name would be ("laut Berichten"): the cue cites unnamed reports. */
  report: boolean;
  /** The report noun took a definite article ("laut der Studie"): the report the article named before. */
  definite: boolean;
}

/**
 * The speaker a cue ending before word `from` introduces: over articles and adjectives, and through a report noun
 * to the genitive or "von" that says whose report it is ("laut einer Studie des Wifo", "nach Zahlen von Eurostat").
 */
export function citedAfter(r: Reading, from: number): Cited {
  const reader = r.reader;
  let report = false;
  let definite = false;
  let determiner = false;
  let i = from;
  for (let steps = 0; i < reader.words.count && steps < 8; steps++) {
    if (i > from && PHRASE_BREAK.test(reader.gapBefore(i))) break;
    if (inQuote(r, i)) break;
    const key = reader.key(i);
    if (
      DETERMINERS.has(key) ||
      DEFINITE.has(key) ||
      key === 'von' ||
      key === 'vom' ||
      key === 'seitens' ||
      key === 'aus'
    ) {
      determiner = DEFINITE.has(key);
      i += 1;
      continue;
    }
    if (reader.adjective(i)) {
      i += 1;
      continue;
    }
    if (REPORT_HEAD.test(key) || REPORT_NOUN.test(key)) {
      const phrase = reader.phraseAt(i);
      if (phrase) return { phrase, report, definite: false };
      // "laut einer Boku-Studie", "in dem BWB-Bericht": the name before the hyphen made the report.
      const prefixed = reader.prefixNameAt(i);
      if (prefixed) return { phrase: prefixed, report, definite: false };
      if (!report) definite = determiner;
      report = true;
      i += 1;
      continue;
    }
    return { phrase: reader.phraseAt(i), report, definite: definite && report };
  }
  return { phrase: null, report, definite: definite && report };
}

/** The phrase that ends at word `end` (the longest one), or null. */
export function phraseEndingAt(r: Reading, end: number): SpeakerPhrase | null {
  const reader = r.reader;
  if (end < 0 || inQuote(r, end)) return null;
  for (let h = Math.max(0, end - 7); h <= end; h++) {
    const phrase = reader.phraseAt(h);
    if (phrase && phrase.last === end && !inQuote(r, h)) return phrase;
  }
  return null;
}

/** The preposition governing a phrase ("mit dem Sender", "in Wien"), if one stands right before it. */
export function governedBy(r: Reading, phrase: SpeakerPhrase): string | null {
  const reader = r.reader;
  let i = phrase.first - 1;
  while (
    i >= 0 &&
    (DETERMINERS.has(reader.key(i)) || reader.adjective(i)) &&
    !PHRASE_BREAK.test(reader.gapBefore(i + 1))
  )
    i -= 1;
  if (i < 0 || PHRASE_BREAK.test(reader.gapBefore(i + 1))) return null;
  const key = reader.key(i);
  return PREPOSITIONS.has(key) ? key : null;
}
