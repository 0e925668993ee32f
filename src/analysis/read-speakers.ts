import {
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  PREPOSITIONS,
  REPORT_NOUN,
  REPORT_VERBS,
  SPEECH_VERBS,
  SPLIT_VERBS,
} from './attribution-cues';
import { isQuotedAt, quotedSpans } from './quoted-mask';
import { PhraseReader, phraseText, type SpeakerPhrase } from './speaker-phrase';
import { DETERMINERS, DATIVE_DETERMINERS, INSTITUTION_NOUN, REPORT_HEAD, SPEAKER_PRONOUNS, isInstitutionNoun } from './speaker-words';
import type { AttributionKind } from './types';
import { CUE } from './word-roles';

/** Who a sentence's construction credits, as read from the sentence alone (the article resolves it further). */
export interface SentenceSpeaker {
  phrase: SpeakerPhrase;
  kind: AttributionKind;
  /** The verbatim words naming the speaker and their offset in the sentence. */
  mention: string;
  start: number;
  /** Whom the speaker told it to, as written ("APA", "der Nachrichtenagentur AFP"), when the sentence says. */
  via: string | null;
  /** Read from a construction that credits only a person the article has already introduced. */
  weak?: boolean;
  /** The verb stands in a clause of reported speech ("habe … gesagt"): someone else reports it. */
  reported?: boolean;
  /** The verb is plural ("berichten sie"): a pronoun stands for a group or a body, not one person. */
  plural?: boolean;
}

export interface SentenceReading {
  readonly speakers: readonly SentenceSpeaker[];
  /** The sentence cites unnamed reports ("Berichten zufolge", "hieß es"): its figures are unattributed. */
  readonly anonymous: boolean;
  /**
   * The sentence cites a report the article named before ("den Angaben zufolge", "laut der Studie", "der Umfrage
   * zufolge"): whoever made it is the source the article last credited.
   */
  readonly refersBack: boolean;
  /** A verb of saying or reporting stands outside quotation, whether or not its subject names anyone. */
  readonly cued: boolean;
}

/** Determiners that point back to something named before: "den Angaben zufolge", "laut dieser Studie". */
const DEFINITE: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'diese', 'dieser', 'diesen', 'diesem', 'dieses',
]);

const QUOTE_MARK = /[„“”»«"]/;
const PHRASE_BREAK = /[,;:()„“”"»«–—]|\s-\s/;
const CLAUSE_BREAK = /[,;:„“”"»«–—]|\s-\s/;

/** Adverbs that may stand between a verb and its subject: "sagte auch Katzian", "erklärte zudem der Minister". */
const BETWEEN_VERB_AND_SUBJECT: ReadonlySet<string> = new Set([
  'auch', 'zudem', 'dazu', 'jedoch', 'aber', 'nun', 'bereits', 'ebenfalls', 'zuletzt', 'gestern', 'heute', 'damals',
  'weiter', 'ausserdem', 'spater', 'dann', 'daraufhin', 'allerdings', 'schliesslich', 'zuvor', 'erneut', 'indes',
  'etwa', 'beispielsweise', 'so', 'nochmals', 'mehrfach', 'einmal', 'ebenso', 'wiederum', 'dazu', 'inzwischen',
  'mittlerweile', 'jetzt', 'deshalb', 'daher', 'dabei', 'damit', 'darin',
]);

/** A possessive read as the pronoun it stands for ("seiner Ansicht nach" is "er"'s view). */
function pronounAt(k: number): SpeakerPhrase {
  return { first: k, last: k, form: 'pronoun', nameFirst: -1, nameLast: -1, role: null, aside: null, generic: false, owner: null };
}

/** Possessives that cite the one a pronoun stands for: "seiner Ansicht nach". */
const POSSESSIVE_CITES: ReadonlySet<string> = new Set(['seiner', 'ihrer', 'seinen', 'ihren']);

/** "Von der griechischen Regierung hieß es": the source the clause opens with. */
function fromClauseStart(r: Reading, k: number, adjacent = true): SpeakerPhrase | null {
  const reader = r.reader;
  let start = k;
  while (start > 0 && !CLAUSE_BREAK.test(reader.gapBefore(start))) start -= 1;
  const key = reader.key(start);
  const prepositions = adjacent ? ['von', 'vom', 'aus', 'bei', 'beim', 'seitens'] : ['von', 'vom', 'seitens'];
  if (start >= k - 1 || !prepositions.includes(key)) return null;
  const cited = citedAfter(r, start + 1).phrase;
  if (!cited) return null;
  // "hieß es" follows its source directly; a passive's finite verb does ("Von X wurde … bestätigt").
  return (adjacent ? cited.last === k - 1 : PASSIVE_AUXILIARIES.has(reader.key(cited.last + 1))) ? cited : null;
}

/** Possessives opening a subject: "betonte sein Kollege Stefan Bruckbauer". */
const POSSESSIVES: ReadonlySet<string> = new Set(['sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere']);

/** Nouns of time a verb's subject may follow: "erklärte am späten Montagabend der Sprecher". */
const TIME_NOUN =
  /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|fruh|nacht|mittag|tag|woche|janner|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)s?$/;

/** Words opening a clause before its subject: "wie X mitteilte", "dass X sagte", "und X betonte". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'wie', 'dass', 'ob', 'weil', 'wenn', 'als', 'da', 'nachdem', 'obwohl', 'wahrend', 'wonach', 'und', 'aber', 'doch', 'wo',
  'denn', 'sondern', 'oder', 'zumal', 'sodass', 'bevor', 'seit', 'seitdem', 'sobald',
]);

/** Finite verbs of the clause's second place, after which the subject follows in inverted order. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'hat', 'hatte', 'habe', 'haben', 'hatten', 'ist', 'war', 'sei', 'wird', 'wurde', 'werde', 'hatte', 'ware', 'soll',
  'sollte', 'will', 'wollte', 'kann', 'konnte', 'muss', 'musste', 'darf', 'durfte', 'mochte', 'wollen', 'sind',
  'waren', 'wurden', 'werden', 'seien',
]);

interface Reading {
  reader: PhraseReader;
  quoted: number[] | null;
}

/**
 * Who a sentence credits, by its construction alone, whoever they are: a reporting verb bound to its subject (before
 * it, after it in inverted order, or opening its clause), "laut X", "X zufolge", "nach Angaben des X", "hieß es aus
 * X", "„…“, so X", "X: „…“", passive agents ("von X bestätigt"). A name that is merely present, the object of a
 * verb, inside a prepositional phrase or inside a quotation is not credited. Pronouns, surnames and roles come back
 * as they are written; resolveSpeakers gives them their referent from the article.
 */
export function readSpeakers(reader: PhraseReader, roles?: ArrayLike<number>): SentenceReading {
  const sentence = reader.text;
  const words = reader.words;
  const reading: Reading = {
    reader,
    quoted: QUOTE_MARK.test(sentence) ? quotedSpans(sentence) : null,
  };
  const r = reading.reader;
  const found: SentenceSpeaker[] = [];
  let anonymous = false;
  let refersBack = false;
  let cued = false;
  const add = (phrase: SpeakerPhrase | null, kind: AttributionKind, via: string | null = null): void => {
    if (!phrase) return;
    if (found.some((s) => s.phrase.first <= phrase.last && phrase.first <= s.phrase.last)) return;
    const { text, start } = phraseText(r, phrase);
    found.push({ phrase, kind, mention: text, start, via });
  };

  for (let k = 0; k < words.count; k++) {
    // Only cue words start a construction (see word-roles.ts); a possessive may open "seiner Ansicht nach".
    if (roles && (roles[k]! & CUE) === 0 && !POSSESSIVE_CITES.has(words.keys[k]!)) continue;
    if (inQuote(reading, k)) continue;
    const key = r.key(k);

    for (const phrase of originPhrasesAt(key)) {
      if (!phraseAt(reading, k, phrase)) continue;
      if (phrase.includes('eigenen')) {
        // "Mazedonien hat nach eigenen Angaben …": the clause's own subject.
        // Or, after a finite verb no list holds, the phrase right before ("zählt das Innenministerium nach …").
        const before = phraseEndingAt(reading, k - 1);
        add(clauseSubject(reading, k)?.phrase ?? (before && governedBy(reading, before) === null ? before : null), 'origin');
        continue;
      }
      const cited = citedAfter(reading, k + phrase.length);
      if (cited.phrase) add(cited.phrase, 'origin');
      else if (cited.definite) refersBack = true;
      else if (cited.report || key === 'hiess' || key === 'heisst') anonymous = true;
    }
    // "Es hieß, …": nobody named.
    if ((key === 'hiess' || key === 'heisst') && r.key(k - 1) === 'es' && r.joined(k) && /^,/.test(r.gapBefore(k + 1) || ',')) anonymous = true;
    if ((key === 'hiess' || key === 'heisst') && r.key(k + 1) === 'es' && !originPhrasesAt(key).some((p) => phraseAt(reading, k, p))) {
      const from = fromClauseStart(reading, k);
      if (from) add(from, 'origin');
      // "…, hieß es weiter": still the source before.
      else if (r.key(k + 2) === 'weiter') refersBack = true;
      // "…, hieß es." with nobody named.
      else if (!r.capitalised(k + 2) || PHRASE_BREAK.test(r.gapBefore(k + 2))) anonymous = true;
    }

    // "seiner Ansicht nach", "ihren Angaben zufolge": the person a pronoun stands for.
    if (POSSESSIVE_CITES.has(key) && REPORT_HEAD.test(r.key(k + 1)) && (r.key(k + 2) === 'nach' || r.key(k + 2) === 'zufolge')) {
      add(pronounAt(k), 'origin');
    }

    if (ORIGIN_AFTER.has(key)) {
      const before = phraseEndingAt(reading, k - 1);
      if (before && !PHRASE_BREAK.test(r.gapBefore(k))) add(before, 'origin');
      else if (REPORT_NOUN.test(r.key(k - 1)) || REPORT_HEAD.test(r.key(k - 1))) {
        let d = k - 2;
        while (d >= 0 && r.adjective(d)) d -= 1;
        if (DEFINITE.has(r.key(d))) refersBack = true;
        else anonymous = true;
      }
    }

    const verb = verbKind(reading, k);
    if (verb) cued = true;
    if (verb && !negatedAfter(reading, k) && !reflexiveConfirmation(reading, k)) {
      const subject = subjectOf(reading, k);
      // "Serbien sei nicht gewarnt worden": the subject of a passive was spoken to; only "von X" spoke.
      // "… wird die Militärführung von KCNA zitiert": the one quoted in the passive is a speaker too.
      if (subject && (subject.agent || !passive(reading, k) || key.startsWith('zitiert'))) {
        add(subject.phrase, subject.agent ? 'origin' : verb, verb === 'quoted' ? channelAfter(reading, k, subject.phrase) : null);
        const last = found.at(-1);
        // "dementierten sowohl Billa als auch Hofer": both.
        if (r.key(subject.phrase.first - 1) === 'sowohl' && r.key(subject.phrase.last + 1) === 'als' && r.key(subject.phrase.last + 2) === 'auch') {
          add(r.phraseAt(subject.phrase.last + 3), verb);
        }
        // "berichten sie", "so die Wissenschafter": the verb's number tells a group from a person.
        if (last && last.phrase === subject.phrase && /en$/.test(key) && subject.phrase.first > k) last.plural = true;
        if (last && last.phrase === subject.phrase && reportedClause(reading, k)) last.reported = true;
        if (subject.agent && key.startsWith('zitiert')) add(clauseSubject(reading, k)?.phrase ?? null, 'quoted');
      }
    }

    // „…“, so Katzian.
    if (key === 'so' && k > 0 && /[,“”"«]\s*$/.test(r.gapBefore(k))) {
      // "…, so seine Einschätzung": the person a possessive stands for.
      if (POSSESSIVE_CITES.has(r.key(k + 1)) || POSSESSIVES.has(r.key(k + 1))) {
        if (REPORT_HEAD.test(r.key(k + 2))) add(pronounAt(k + 1), 'quoted');
      } else add(citedAfter(reading, k + 1).phrase, 'quoted');
    }
  }

  // Katzian: „…“
  for (let k = 0; k < words.count && sentence.includes(':'); k++) {
    if (inQuote(reading, k)) continue;
    const gap = sentence.slice(words.ends[k], k + 1 < words.count ? words.starts[k + 1] : sentence.length);
    if (!/^\s*:\s*[„“"»]/.test(gap)) continue;
    const phrase = phraseEndingAt(reading, k);
    if (phrase && phrase.form !== 'pronoun') add(phrase, 'quoted');
  }
  // "Foda: Wir wollen …", with the quotation marks lost: only a name that opens the sentence, and only a person the
  // article knows (see SentenceSpeaker.weak).
  if (found.length === 0 && words.count > 2 && /^\s*:\s+\p{Lu}/u.test(sentence.slice(words.ends[0]!, words.starts[1]! + 1))) {
    const phrase = r.phraseAt(0);
    if (phrase && phrase.form === 'name' && phrase.last === 0) {
      add(phrase, 'quoted');
      found[found.length - 1]!.weak = true;
    }
  }

  // "X habe selbst gesagt, dass …, betonte Lawrow": what a speaker reports someone said is the speaker's credit.
  const speakers = found.some((s) => !s.reported) ? found.filter((s) => !s.reported) : found;
  return { speakers, anonymous: anonymous && speakers.length === 0, refersBack: refersBack && speakers.length === 0, cued };
}

const NO_PHRASES: readonly (readonly string[])[] = [];

function originPhrasesAt(key: string): readonly (readonly string[])[] {
  return ORIGIN_BEFORE.get(key) ?? NO_PHRASES;
}

function inQuote(r: Reading, i: number): boolean {
  return r.quoted !== null && i >= 0 && i < r.reader.words.count && isQuotedAt(r.quoted, r.reader.words.starts[i]!);
}

function phraseAt(r: Reading, k: number, phrase: readonly string[]): boolean {
  for (let offset = 1; offset < phrase.length; offset++) {
    if (r.reader.key(k + offset) !== phrase[offset] || PHRASE_BREAK.test(r.reader.gapBefore(k + offset))) return false;
  }
  return true;
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
function citedAfter(r: Reading, from: number): Cited {
  const reader = r.reader;
  let report = false;
  let definite = false;
  let determiner = false;
  let i = from;
  for (let steps = 0; i < reader.words.count && steps < 8; steps++) {
    if (i > from && PHRASE_BREAK.test(reader.gapBefore(i))) break;
    if (inQuote(r, i)) break;
    const key = reader.key(i);
    if (DETERMINERS.has(key) || DEFINITE.has(key) || key === 'von' || key === 'vom' || key === 'seitens' || key === 'aus') {
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
function phraseEndingAt(r: Reading, end: number): SpeakerPhrase | null {
  const reader = r.reader;
  if (end < 0 || inQuote(r, end)) return null;
  for (let h = Math.max(0, end - 7); h <= end; h++) {
    const phrase = reader.phraseAt(h);
    if (phrase && phrase.last === end && !inQuote(r, h)) return phrase;
  }
  return null;
}

function verbKind(r: Reading, k: number): AttributionKind | null {
  const reader = r.reader;
  const key = reader.key(k);
  if (k > 0 && !reader.sentenceStartBefore(k) && reader.capitalised(k)) return null;
  // "den ersten bestätigten Einsatz": a participle used as an adjective.
  if (/(?:e|en|er|es|em)$/.test(key) && reader.capitalised(k + 1) && reader.joined(k + 1) && reader.joined(k)) {
    const before = reader.key(k - 1);
    const opensClause = CLAUSE_OPENERS.has(before) || reader.capitalised(k - 1);
    if (DETERMINERS.has(before) || !opensClause) return null;
  }
  const split = SPLIT_VERBS.get(key);
  if (split && !particleLater(r, k, split)) return null;
  if (SPEECH_VERBS.has(key)) return key === 'hiess' || key === 'heisst' ? null : 'quoted';
  if (REPORT_VERBS.has(key)) return 'origin';
  if (key === 'davon' && reader.key(k + 1) === 'aus') return 'origin';
  return null;
}

/**
 * The particle ends the verb's clause: "gab Katzian am Montag zu bedenken.", "teilte das AMS mit, dass …". A "mit"
 * inside the clause is a preposition ("teilte den Status mit rassistischem Inhalt").
 */
function particleLater(r: Reading, k: number, particles: readonly string[]): boolean {
  const reader = r.reader;
  for (let i = k + 1; i < reader.words.count; i++) {
    // "teilte heute, Freitag, die BWB mit": a day set off by commas does not end the clause.
    if (/^,\s*$/.test(reader.gapBefore(i)) && TIME_NOUN.test(reader.key(i)) && /^,\s*$/.test(reader.gapBefore(i + 1))) {
      i += 1;
      continue;
    }
    if (CLAUSE_BREAK.test(reader.gapBefore(i)) && i > k + 1) return false;
    if (!particles.includes(reader.key(i))) continue;
    const next = i + 1 < reader.words.count ? reader.gapBefore(i + 1) : reader.text.slice(reader.words.ends[i]);
    if (i + 1 >= reader.words.count || /[,;:.!?„“"»«–—()]/.test(next) || CLAUSE_OPENERS.has(reader.key(i + 1))) return true;
  }
  return false;
}

/**
 * "Brega äußerte sich nicht dazu", "bestätigte dies nicht", "könne dies weder bestätigen noch dementieren": a
 * refusal to speak credits nobody.
 */
function negatedAfter(r: Reading, k: number): boolean {
  const reader = r.reader;
  for (let i = k - 1; i >= 0 && i >= k - 2; i--) {
    if (CLAUSE_BREAK.test(reader.gapBefore(i + 1))) break;
    if (NEGATIONS.has(reader.key(i)) || reader.key(i) === 'weder') return true;
  }
  for (let i = k + 1; i < reader.words.count && i <= k + 3; i++) {
    if (CLAUSE_BREAK.test(reader.gapBefore(i))) return false;
    if (NEGATIONS.has(reader.key(i))) return true;
  }
  return false;
}

/** The clause of the verb at `k` holds a Konjunktiv I auxiliary ("habe … gesagt", "sei … bestätigt worden"). */
function reportedClause(r: Reading, k: number): boolean {
  const reader = r.reader;
  for (let i = k - 1; i >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(i + 1)); i--) if (KONJUNKTIV_AUXILIARIES.has(reader.key(i))) return true;
  return false;
}

const KONJUNKTIV_AUXILIARIES: ReadonlySet<string> = new Set(['habe', 'sei', 'seien', 'werde']);

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['worden', 'werden', 'wurde', 'wurden', 'wird', 'werde']);

/**
 * The verb at `k` is a participle in the passive: "gewarnt worden", "wurde … bestätigt". A participle stands after
 * a werden-form in its clause, or right before one.
 */
function passive(r: Reading, k: number): boolean {
  const reader = r.reader;
  if (PASSIVE_AUXILIARIES.has(reader.key(k + 1)) && !CLAUSE_BREAK.test(reader.gapBefore(k + 1))) return true;
  if (!/^ge|t$/.test(reader.key(k))) return false;
  for (let i = k - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(reader.gapBefore(i + 1))) return false;
    if (PASSIVE_AUXILIARIES.has(reader.key(i))) return true;
  }
  return false;
}

/** "sehen sich in ihrem Kurs bestätigt": feeling confirmed is not confirming anything. */
function reflexiveConfirmation(r: Reading, k: number): boolean {
  const reader = r.reader;
  // "hat sich bereit erklärt": declared willing, not a statement.
  if (reader.key(k - 1) === 'bereit') return true;
  if (!reader.key(k).startsWith('bestatigt')) return false;
  for (let i = k - 1; i >= 0 && i >= k - 8; i--) {
    if (reader.key(i) === 'sich') return true;
    if (CLAUSE_BREAK.test(reader.gapBefore(i))) return false;
  }
  return false;
}

const NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'nie', 'niemals', 'keineswegs']);

/** The preposition governing a phrase ("mit dem Sender", "in Wien"), if one stands right before it. */
function governedBy(r: Reading, phrase: SpeakerPhrase): string | null {
  const reader = r.reader;
  let i = phrase.first - 1;
  while (i >= 0 && (DETERMINERS.has(reader.key(i)) || reader.adjective(i)) && !PHRASE_BREAK.test(reader.gapBefore(i + 1))) i -= 1;
  if (i < 0 || PHRASE_BREAK.test(reader.gapBefore(i + 1))) return null;
  const key = reader.key(i);
  return PREPOSITIONS.has(key) ? key : null;
}

interface Subject {
  phrase: SpeakerPhrase;
  /** A passive agent ("von KCNA zitiert"): the origin rather than the speaker. */
  agent: boolean;
}

/** The subject a reporting verb at word `k` binds to. */
function subjectOf(r: Reading, k: number): Subject | null {
  const reader = r.reader;
  // "wie aus einer Umfrage des Markit-Instituts hervorging": who made what it comes out of.
  if (reader.key(k).startsWith('hervorg')) {
    for (let i = k - 1; i >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(i + 1)); i--) {
      if (reader.key(i) !== 'aus') continue;
      const cited = citedAfter(r, i + 1).phrase;
      return cited ? { phrase: cited, agent: true } : null;
    }
    return null;
  }
  // Right before the verb: "Katzian sagte", "wie das AMS mitteilte", "von KCNA zitiert", "wie PwC am Donnerstag
  // schrieb".
  const end = timeBefore(r, k);
  // "Schäuble warf er vor": a pronoun right after the verb is its subject; what stands before is the object.
  const pronounAfter = SPEAKER_PRONOUNS.has(reader.key(k + 1)) && !PHRASE_BREAK.test(reader.gapBefore(k + 1));
  if (!pronounAfter && !PHRASE_BREAK.test(reader.gapBefore(end + 1))) {
    const before = phraseEndingAt(r, end);
    if (before) {
      const governor = governedBy(r, before);
      // "Rutte hat die Entsendung dieser Truppen bestätigt": after a finite auxiliary the participle's subject opens
      // the clause; what stands right before it is the object.
      if (governor === null && !auxiliaryBefore(r, k)) return { phrase: before, agent: false };
      if (governor === 'von' || governor === 'vom') {
        // "David Wech von JPC Energy erwartet": the "von" names whom the speaker works for.
        const holder = affiliationHolder(r, before);
        if (holder) return { phrase: holder, agent: false };
      }
      // "von KCNA zitiert" is an agent only in the passive: "Tausende von Menschenleben gefordert hat" is not.
      if ((governor === 'von' || governor === 'vom' || governor === 'durch') && passive(r, k)) return { phrase: before, agent: true };
    }
  }
  // "Von offizieller nordkoreanischer Seite wurde bestätigt": a passive whose agent opens the clause.
  if (passive(r, k)) {
    const opening = fromClauseStart(r, k, false);
    if (opening) return { phrase: opening, agent: true };
  }
  // "Putin, der den Soldaten gratulierte, bezeichnete …": the subject before a relative clause.
  const relative = beforeRelativeClause(r, k);
  if (relative) return { phrase: relative, agent: false };
  // "Der Vorsitzende des Verbands, Elhami Elsajat, sagte": the apposition that names the role's holder.
  if (/^,\s*$/.test(reader.gapBefore(k))) {
    const before = phraseEndingAt(r, k - 1);
    if (before && before.form === 'name' && before.nameFirst > before.first && /^,\s*$/.test(reader.gapBefore(before.nameFirst))) {
      if (governedBy(r, before) === null) return { phrase: before, agent: false };
    }
  }
  // Inverted: "sagte Katzian", "erklärte der Gewerkschaftschef", "teilte Verdi mit".
  const after = subjectAfter(r, k + 1);
  if (after) return { phrase: after, agent: false };
  // Opening the verb's clause: "Der Minister hat am Montag gesagt", "Am Montag hat Katzian erklärt".
  const opening = clauseSubject(r, k);
  if (opening || reader.key(k) !== 'davon') return opening;
  // "Laut X geht der Geheimdienst ferner davon aus": the subject follows the finite "geht".
  for (let j = k - 1; j >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(j + 1)); j--) {
    if (!/^(?:geht|gehen|ging|gingen)$/.test(reader.key(j))) continue;
    const phrase = subjectAfter(r, j + 1);
    return phrase && phrase.last < k ? { phrase, agent: false } : null;
  }
  return null;
}

/** A finite auxiliary stands in the clause before the verb at `k` ("hat … bestätigt", "wird … zitiert"). */
function auxiliaryBefore(r: Reading, k: number): boolean {
  const reader = r.reader;
  for (let i = k - 1; i >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(i + 1)); i--) if (FINITE_AUXILIARIES.has(reader.key(i))) return true;
  return false;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dessen', 'deren', 'welcher', 'welche']);

/** "Putin, der …, bezeichnete": the phrase opening the sentence before a relative clause that ends at the verb. */
function beforeRelativeClause(r: Reading, k: number): SpeakerPhrase | null {
  const reader = r.reader;
  if (!/^,\s*$/.test(reader.gapBefore(k))) return null;
  let start = k - 1;
  while (start > 0 && !reader.gapBefore(start).includes(',')) start -= 1;
  if (!RELATIVE_PRONOUNS.has(reader.key(start)) || !/^,\s*$/.test(reader.gapBefore(start))) return null;
  const phrase = phraseEndingAt(r, start - 1);
  if (!phrase || governedBy(r, phrase) !== null) return null;
  let opener = phrase.first - 1;
  while (opener >= 0 && (DETERMINERS.has(reader.key(opener)) || reader.adjective(opener))) opener -= 1;
  const opensClause = opener < 0 || CLAUSE_BREAK.test(reader.gapBefore(opener + 1)) || BETWEEN_VERB_AND_SUBJECT.has(reader.key(opener));
  return opensClause ? phrase : null;
}

/** The name right before "von X": "David Wech von JPC Energy". */
function affiliationHolder(r: Reading, affiliation: SpeakerPhrase): SpeakerPhrase | null {
  const reader = r.reader;
  let preposition = affiliation.first - 1;
  while (preposition >= 0 && (DETERMINERS.has(reader.key(preposition)) || reader.adjective(preposition))) preposition -= 1;
  if (PHRASE_BREAK.test(reader.gapBefore(preposition))) return null;
  const holder = phraseEndingAt(r, preposition - 1);
  return holder && holder.form === 'name' && governedBy(r, holder) === null ? holder : null;
}

function subjectAfter(r: Reading, from: number): SpeakerPhrase | null {
  const reader = r.reader;
  let i = from;
  for (let next = skipTime(r, i); ; next = skipTime(r, i)) {
    // A time phrase may be set off by commas ("teilte heute, Freitag, die BWB mit").
    if (next > i) i = next;
    else if (BETWEEN_VERB_AND_SUBJECT.has(reader.key(i)) && !PHRASE_BREAK.test(reader.gapBefore(i + 1))) i += 1;
    else break;
  }
  if (i >= reader.words.count || (i === from && PHRASE_BREAK.test(reader.gapBefore(i))) || inQuote(r, i)) return null;
  if (reader.key(i) === 'sowohl') i += 1;
  const key = reader.key(i);
  if (DATIVE_DETERMINERS.has(key)) return null;
  // "verlautete aus Kreisen der OPCW": where the words came from.
  if (key === 'aus' && i > from) return citedAfter(r, i + 1).phrase;
  let head = i;
  if (DETERMINERS.has(key) || POSSESSIVES.has(key)) head += 1;
  while (head < reader.words.count && reader.adjective(head)) head += 1;
  if (head > i && PHRASE_BREAK.test(reader.gapBefore(head))) return null;
  const phrase = reader.phraseAt(head, i);
  if (!phrase || (phrase.form === 'pronoun' && head !== i)) return null;
  return phrase;
}

/** The last word before the verb at `k` and the time phrase or adverb right before it ("am Donnerstag schrieb"). */
function timeBefore(r: Reading, k: number): number {
  const reader = r.reader;
  let end = k - 1;
  for (let steps = 0; steps < 3 && end > 0; steps++) {
    if (PHRASE_BREAK.test(reader.gapBefore(end + 1))) break;
    if (BETWEEN_VERB_AND_SUBJECT.has(reader.key(end))) {
      end -= 1;
      continue;
    }
    if (!TIME_NOUN.test(reader.key(end))) break;
    let opener = end - 1;
    while (opener > 0 && reader.adjective(opener)) opener -= 1;
    if (reader.key(opener) !== 'am' && reader.key(opener) !== 'im') break;
    end = opener - 1;
  }
  return end;
}

/**
 * The word after a time phrase that starts at `i` ("am späten Montagabend", "am Donnerstag", "heute, Freitag,"),
 * or `i` when none does.
 */
function skipTime(r: Reading, i: number): number {
  const reader = r.reader;
  const key = reader.key(i);
  if ((key === 'heute' || key === 'gestern') && /^,\s*$/.test(reader.gapBefore(i + 1)) && TIME_NOUN.test(reader.key(i + 1))) {
    return /^,\s*$/.test(reader.gapBefore(i + 2)) ? i + 2 : i;
  }
  if (key !== 'am' && key !== 'im' && key !== 'in') return i;
  for (let j = i + 1; j <= i + 3 && j < reader.words.count; j++) {
    if (PHRASE_BREAK.test(reader.gapBefore(j))) return i;
    if (TIME_NOUN.test(reader.key(j)) && reader.capitalised(j)) return j + 1;
    if (!DETERMINERS.has(reader.key(j)) && !reader.adjective(j)) return i;
  }
  return i;
}

function clauseSubject(r: Reading, k: number): Subject | null {
  const reader = r.reader;
  let start = k;
  for (;;) {
    while (start > 0 && !CLAUSE_BREAK.test(reader.gapBefore(start))) start -= 1;
    // "Die Geheimdienste der USA, der Ukraine und Südkoreas": a list of genitives is not a new clause.
    if (start > 0 && /^,\s*$/.test(reader.gapBefore(start)) && (reader.key(start) === 'der' || reader.key(start) === 'des')) start -= 1;
    else break;
  }
  let i = start;
  while (i < k && (CLAUSE_OPENERS.has(reader.key(i)) || BETWEEN_VERB_AND_SUBJECT.has(reader.key(i)))) i += 1;
  if (i >= k || inQuote(r, i)) return null;
  const key = reader.key(i);
  if (!PREPOSITIONS.has(key) && !FINITE_AUXILIARIES.has(key)) {
    let head = i;
    if (DETERMINERS.has(key)) head += 1;
    while (head < k && reader.adjective(head)) head += 1;
    // "wie die Admira mitteilte": in a "wie" clause of its own, the subject of the reporting verb names someone.
    const phrase = head < k ? reader.phraseAt(head, 0, reader.key(start) === 'wie' && k === head + 1) : null;
    if (phrase) return phrase.last < k ? { phrase, agent: false } : null;
  }
  // A clause that opens with an adverbial ("Einen Tag zuvor hatte auch der Kreml …"): the subject follows its
  // finite verb.
  for (let j = i; j < k; j++) {
    if (!FINITE_AUXILIARIES.has(reader.key(j))) continue;
    const phrase = subjectAfter(r, j + 1);
    return phrase && phrase.last < k ? { phrase, agent: false } : null;
  }
  return null;
}

const CHANNEL_NOUN = /(?:agentur|zeitung|blatt|sender|magazin|radio|fernsehen|portal|tv|rundfunk|journal|medien)(?:s|es|n|en)?$/;

/**
 * Whom a speaker told it to: "sagte Katzian der APA", "sagte sie der Nachrichtenagentur AFP", "im Interview mit
 * der BBC", "gegenüber dem ORF", "im ORF-Interview".
 */
function channelAfter(r: Reading, k: number, subject: SpeakerPhrase): string | null {
  const reader = r.reader;
  // After the verb ("sagte Katzian der APA"), or between the subject and a verb at the clause's end ("hat in einem
  // Interview mit KBS bestätigt").
  const from = subject.first > k ? subject.last + 1 : Math.min(k, subject.last) + 1;
  const to = Math.max(k, subject.last) + 8;
  for (let i = from; i < reader.words.count && i < to; i++) {
    if (i === k) continue;
    if (i > from && CLAUSE_BREAK.test(reader.gapBefore(i))) break;
    if (inQuote(r, i)) break;
    const key = reader.key(i);
    if (key === 'gegenuber' || ((key === 'interview' || key === 'gesprach') && reader.key(i + 1) === 'mit')) {
      const cited = citedAfter(r, key === 'gegenuber' ? i + 1 : i + 2).phrase;
      if (cited) return phraseText(reader, cited).text;
    }
    if (/.-interview$/.test(key) && (reader.key(i - 1) === 'im' || reader.key(i - 1) === 'einem')) {
      return reader.surface(i).replace(/-Interview$/i, '');
    }
    // "sagte Katzian der APA", "sagte Knoll zur APA", "sagte eine Sprecherin zum STANDARD".
    const toward = key === 'zur' || key === 'zum';
    if ((toward || ((key === 'der' || key === 'dem') && !PREPOSITIONS.has(reader.key(i - 1)))) && i !== subject.first - 1) {
      let head = i + 1;
      while (reader.adjective(head)) head += 1;
      const headKey = reader.key(head);
      const quotedTitle = /[„“"»]\s*$/.test(reader.gapBefore(head));
      if (CHANNEL_NOUN.test(headKey) || quotedTitle || (/^[\p{Lu}]{2,}/u.test(reader.surface(head)) && !isInstitutionNoun(headKey))) {
        const phrase = reader.phraseAt(head);
        const last = phrase ? phrase.last : head;
        return phraseText(reader, { first: i + 1, last }).text.replace(/[„“"»«]/g, '');
      }
    }
  }
  return null;
}

