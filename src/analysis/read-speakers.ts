import { ORIGIN_AFTER, ORIGIN_BEFORE, REPORT_NOUN, REPORT_VERBS, SPEECH_VERBS, SPLIT_VERBS } from './attribution-cues';
import { quotedSpans } from './quoted-mask';
import {
  citedAfter,
  CLAUSE_BREAK,
  CLAUSE_OPENERS,
  DEFINITE,
  governedBy,
  inQuote,
  PHRASE_BREAK,
  phraseEndingAt,
  QUOTE_MARK,
  type Reading,
  TIME_NOUN,
} from './sentence-reading';
import { channelAfter } from './speaker-channel';
import { type PhraseReader, phraseText, pronounAt, type SpeakerPhrase } from './speaker-phrase';
import { DETERMINERS, REPORT_HEAD } from './speaker-words';
import type { AttributionKind } from './types';
import { clauseSubject, fromClauseStart, passive, POSSESSIVES, subjectOf } from './verb-subject';
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

/** A possessive read as the pronoun it stands for ("seiner Ansicht nach" is "er"'s view). */
// A function of its own, not a closure per sentence: tsx names every function stored in a variable when it is made.
/** Adds a speaker phrase to those a sentence credits, unless it overlaps one found before. */
function add(
  found: SentenceSpeaker[],
  r: PhraseReader,
  phrase: SpeakerPhrase | null,
  kind: AttributionKind,
  via: string | null = null,
): void {
  if (!phrase) return;
  if (found.some((s) => s.phrase.first <= phrase.last && phrase.first <= s.phrase.last)) return;
  const { text, start } = phraseText(r, phrase);
  found.push({ phrase, kind, mention: text, start, via });
}

/** Possessives that cite the one a pronoun stands for: "seiner Ansicht nach". */
const POSSESSIVE_CITES: ReadonlySet<string> = new Set(['seiner', 'ihrer', 'seinen', 'ihren']);

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
        add(
          found,
          r,
          clauseSubject(reading, k)?.phrase ?? (before && governedBy(reading, before) === null ? before : null),
          'origin',
        );
        continue;
      }
      const cited = citedAfter(reading, k + phrase.length);
      if (cited.phrase) add(found, r, cited.phrase, 'origin');
      else if (cited.definite) refersBack = true;
      else if (cited.report || key === 'hiess' || key === 'heisst') anonymous = true;
    }
    // "Es hieß, …": nobody named.
    if (
      (key === 'hiess' || key === 'heisst') &&
      r.key(k - 1) === 'es' &&
      r.joined(k) &&
      /^,/.test(r.gapBefore(k + 1) || ',')
    )
      anonymous = true;
    if (
      (key === 'hiess' || key === 'heisst') &&
      r.key(k + 1) === 'es' &&
      !originPhrasesAt(key).some((p) => phraseAt(reading, k, p))
    ) {
      const from = fromClauseStart(reading, k);
      if (from) add(found, r, from, 'origin');
      // "…, hieß es weiter": still the source before.
      else if (r.key(k + 2) === 'weiter') refersBack = true;
      // "…, hieß es." with nobody named.
      else if (!r.capitalised(k + 2) || PHRASE_BREAK.test(r.gapBefore(k + 2))) anonymous = true;
    }

    // "seiner Ansicht nach", "ihren Angaben zufolge": the person a pronoun stands for.
    if (
      POSSESSIVE_CITES.has(key) &&
      REPORT_HEAD.test(r.key(k + 1)) &&
      (r.key(k + 2) === 'nach' || r.key(k + 2) === 'zufolge')
    ) {
      add(found, r, pronounAt(k), 'origin');
    }

    if (ORIGIN_AFTER.has(key)) {
      const before = phraseEndingAt(reading, k - 1);
      if (before && !PHRASE_BREAK.test(r.gapBefore(k))) add(found, r, before, 'origin');
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
        add(
          found,
          r,
          subject.phrase,
          subject.agent ? 'origin' : verb,
          verb === 'quoted' ? channelAfter(reading, k, subject.phrase) : null,
        );
        const last = found.at(-1);
        // "dementierten sowohl Billa als auch Hofer": both.
        if (
          r.key(subject.phrase.first - 1) === 'sowohl' &&
          r.key(subject.phrase.last + 1) === 'als' &&
          r.key(subject.phrase.last + 2) === 'auch'
        ) {
          add(found, r, r.phraseAt(subject.phrase.last + 3), verb);
        }
        // "berichten sie", "so die Wissenschafter": the verb's number tells a group from a person.
        if (last && last.phrase === subject.phrase && /en$/.test(key) && subject.phrase.first > k) last.plural = true;
        if (last && last.phrase === subject.phrase && reportedClause(reading, k)) last.reported = true;
        if (subject.agent && key.startsWith('zitiert'))
          add(found, r, clauseSubject(reading, k)?.phrase ?? null, 'quoted');
      }
    }

    // „…“, so Katzian.
    if (key === 'so' && k > 0 && /[,“”"«]\s*$/.test(r.gapBefore(k))) {
      // "…, so seine Einschätzung": the person a possessive stands for.
      if (POSSESSIVE_CITES.has(r.key(k + 1)) || POSSESSIVES.has(r.key(k + 1))) {
        if (REPORT_HEAD.test(r.key(k + 2))) add(found, r, pronounAt(k + 1), 'quoted');
      } else add(found, r, citedAfter(reading, k + 1).phrase, 'quoted');
    }
  }

  // Katzian: „…“
  for (let k = 0; k < words.count && sentence.includes(':'); k++) {
    if (inQuote(reading, k)) continue;
    const gap = sentence.slice(words.ends[k], k + 1 < words.count ? words.starts[k + 1] : sentence.length);
    if (!/^\s*:\s*[„“"»]/.test(gap)) continue;
    const phrase = phraseEndingAt(reading, k);
    if (phrase && phrase.form !== 'pronoun') add(found, r, phrase, 'quoted');
  }
  // "Foda: Wir wollen …", with the quotation marks lost: only a name that opens the sentence, and only a person the
  // article knows (see SentenceSpeaker.weak).
  if (
    found.length === 0 &&
    words.count > 2 &&
    /^\s*:\s+\p{Lu}/u.test(sentence.slice(words.ends[0]!, words.starts[1]! + 1))
  ) {
    const phrase = r.phraseAt(0);
    if (phrase && phrase.form === 'name' && phrase.last === 0) {
      add(found, r, phrase, 'quoted');
      found[found.length - 1]!.weak = true;
    }
  }

  // "X habe selbst gesagt, dass …, betonte Lawrow": what a speaker reports someone said is the speaker's credit.
  const speakers = found.some((s) => !s.reported) ? found.filter((s) => !s.reported) : found;
  return {
    speakers,
    anonymous: anonymous && speakers.length === 0,
    refersBack: refersBack && speakers.length === 0,
    cued,
  };
}

const NO_PHRASES: readonly (readonly string[])[] = [];

function originPhrasesAt(key: string): readonly (readonly string[])[] {
  return ORIGIN_BEFORE.get(key) ?? NO_PHRASES;
}

function phraseAt(r: Reading, k: number, phrase: readonly string[]): boolean {
  for (let offset = 1; offset < phrase.length; offset++) {
    if (r.reader.key(k + offset) !== phrase[offset] || PHRASE_BREAK.test(r.reader.gapBefore(k + offset))) return false;
  }
  return true;
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
  // "Sein Tonfall erinnert an jene Alben": it resembles; "erinnerte daran, dass …" reports.
  if (key.startsWith('erinnert') && reader.key(k + 1) === 'an') return null;
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
    if (i + 1 >= reader.words.count || /[,;:.!?„“"»«–—()]/.test(next) || CLAUSE_OPENERS.has(reader.key(i + 1)))
      return true;
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
  for (let i = k - 1; i >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(i + 1)); i--)
    if (KONJUNKTIV_AUXILIARIES.has(reader.key(i))) return true;
  return false;
}

const KONJUNKTIV_AUXILIARIES: ReadonlySet<string> = new Set(['habe', 'sei', 'seien', 'werde']);

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
