import { PREPOSITIONS } from './attribution-cues';
import {
  BETWEEN_VERB_AND_SUBJECT,
  citedAfter,
  CLAUSE_BREAK,
  CLAUSE_OPENERS,
  governedBy,
  inQuote,
  PHRASE_BREAK,
  phraseEndingAt,
  type Reading,
  TIME_NOUN,
} from './sentence-reading';
import type { SpeakerPhrase } from './speaker-phrase';
import { DATIVE_DETERMINERS, DETERMINERS, SPEAKER_PRONOUNS } from './speaker-words';

/**
 * Whom a reporting verb binds to: the subject before it, after it in inverted order, opening its clause, a
 * passive agent, or the holder an apposition names.
 */

/** "Von der griechischen Regierung hieß es": the source the clause opens with. */
export function fromClauseStart(r: Reading, k: number, adjacent = true): SpeakerPhrase | null {
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
export const POSSESSIVES: ReadonlySet<string> = new Set(['sein', 'seine', 'ihr', 'ihre', 'unser', 'unsere']);

/** Finite verbs of the clause's second place, after which the subject follows in inverted order. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'hat',
  'hatte',
  'habe',
  'haben',
  'hatten',
  'ist',
  'war',
  'sei',
  'wird',
  'wurde',
  'werde',
  'hatte',
  'ware',
  'soll',
  'sollte',
  'will',
  'wollte',
  'kann',
  'konnte',
  'muss',
  'musste',
  'darf',
  'durfte',
  'mochte',
  'wollen',
  'sind',
  'waren',
  'wurden',
  'werden',
  'seien',
]);

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['worden', 'werden', 'wurde', 'wurden', 'wird', 'werde']);

/**
 * The verb at `k` is a participle in the passive: "gewarnt worden", "wurde … bestätigt". A participle stands after
 * a werden-form in its clause, or right before one.
 */
export function passive(r: Reading, k: number): boolean {
  const reader = r.reader;
  if (PASSIVE_AUXILIARIES.has(reader.key(k + 1)) && !CLAUSE_BREAK.test(reader.gapBefore(k + 1))) return true;
  if (!/^ge|t$/.test(reader.key(k))) return false;
  for (let i = k - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(reader.gapBefore(i + 1))) return false;
    if (PASSIVE_AUXILIARIES.has(reader.key(i))) return true;
  }
  return false;
}

interface Subject {
  phrase: SpeakerPhrase;
  /** A passive agent ("von KCNA zitiert"): the origin rather than the speaker. */
  agent: boolean;
}

/** The subject a reporting verb at word `k` binds to. */
export function subjectOf(r: Reading, k: number): Subject | null {
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
      if ((governor === 'von' || governor === 'vom' || governor === 'durch') && passive(r, k))
        return { phrase: before, agent: true };
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
    if (
      before &&
      before.form === 'name' &&
      before.nameFirst > before.first &&
      /^,\s*$/.test(reader.gapBefore(before.nameFirst))
    ) {
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
  for (let i = k - 1; i >= 0 && !CLAUSE_BREAK.test(reader.gapBefore(i + 1)); i--)
    if (FINITE_AUXILIARIES.has(reader.key(i))) return true;
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
  const opensClause =
    opener < 0 || CLAUSE_BREAK.test(reader.gapBefore(opener + 1)) || BETWEEN_VERB_AND_SUBJECT.has(reader.key(opener));
  return opensClause ? phrase : null;
}

/** The name right before "von X": "David Wech von JPC Energy". */
function affiliationHolder(r: Reading, affiliation: SpeakerPhrase): SpeakerPhrase | null {
  const reader = r.reader;
  let preposition = affiliation.first - 1;
  while (preposition >= 0 && (DETERMINERS.has(reader.key(preposition)) || reader.adjective(preposition)))
    preposition -= 1;
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
  if (
    (key === 'heute' || key === 'gestern') &&
    /^,\s*$/.test(reader.gapBefore(i + 1)) &&
    TIME_NOUN.test(reader.key(i + 1))
  ) {
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

export function clauseSubject(r: Reading, k: number): Subject | null {
  const reader = r.reader;
  let start = k;
  for (;;) {
    while (start > 0 && !CLAUSE_BREAK.test(reader.gapBefore(start))) start -= 1;
    // "Die Geheimdienste der USA, der Ukraine und Südkoreas": a list of genitives is not a new clause.
    if (
      start > 0 &&
      /^,\s*$/.test(reader.gapBefore(start)) &&
      (reader.key(start) === 'der' || reader.key(start) === 'des')
    )
      start -= 1;
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
