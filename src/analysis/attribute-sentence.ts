import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { matchSources, mentionText, type SourceMatch } from '../lexicon/match-sources';
import type { WordColumns } from '../lexicon/word-columns';
import {
  ADJECTIVE_LIKE,
  AGENT_PREPOSITIONS,
  AUXILIARIES,
  CITATION_FILLERS,
  CREDIT_BEFORE,
  CUE_WORDS,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  PREPOSITIONS,
  REPORT_NOUN,
  REPORT_VERBS,
  SOURCE_DESCRIPTOR,
  SPEECH_VERBS,
  SUBORDINATORS,
} from './attribution-cues';
import { surveySentence, type SentenceSurvey } from './may-attribute';
import { isQuotedAt, quotedSpans } from './quoted-mask';
import type { AttributionKind } from './types';
import { CUE, NAME } from './word-roles';

/** A source tied to one sentence, before it is placed in an article. */
export interface SentenceAttribution {
  source: string;
  /** The verbatim words naming the source. */
  mention: string;
  kind: AttributionKind;
  /** Offset of the mention in the sentence. */
  start: number;
}

export interface SentenceSources {
  readonly attributions: readonly SentenceAttribution[];
  /**
   * The sentence cites unnamed reports ("Berichten zufolge", "Laut Berichten"): its figures are unattributed, and
   * a source named elsewhere in the paragraph must not be lent to them.
   */
  readonly anonymous: boolean;
}

/**
 * What half the sentences of an archive cite: nothing. One shared answer (read-only by its type) rather than two
 * fresh objects for each of them. Not frozen: a frozen array takes V8 off its fast path for iterating arrays, and
 * every loop over attributions would then build an iterator.
 */
const NOTHING_CITED: SentenceSources = { attributions: [], anonymous: false };

/** A sentence read for attribution: its words, the sources they name, and where quotations run. */
interface Reading {
  text: string;
  words: WordColumns;
  /** In order and not overlapping (see matchSources); see matchStartingAt and matchEndingAt. */
  matches: SourceMatch[];
  /** Quotation ranges (see quotedSpans), null when the sentence has no quotation mark. */
  quoted: number[] | null;
}

// Punctuation between two words ends a phrase: a citation never runs across it.
const PHRASE_BREAK = /[,;:()„“”"»«–—]|\s-\s/;
// Colons and dashes end a clause outright ("Von Kim Jong-un gesandt: Die Ukrainer berichten …"): a verb's subject
// is never looked for beyond them.
const CLAUSE_BREAK = /[:;–—]|\s-\s/;
const QUOTE_MARK = /[„“”»«"]/;
const MAX_CITATION_GAP = 4;
const MAX_INVERTED_GAP = 3;
const CREDIT_KINDS = new Set(['agency', 'media']);

/**
 * Which sources a sentence quotes, names as origin, or credits. The rule, kept deliberately narrow because a
 * reporter will cite what this returns:
 * - origin: a citation phrase right before the name ("laut …", "nach Angaben des …", "Nach Berichten aus …",
 *   "hieß es aus …", "in einem Interview mit …") or "… zufolge" right after it; a reporting verb (berichtet,
 *   meldet, schätzt, geht davon aus) bound to the name; or a passive agent ("von KCNA zitiert");
 * - quoted: a verb of saying (erklärte, sagte, schrieb, bestätigte, bezeichnete, …) bound to the name;
 * - credited: an agency credit line "(AFP, dpa, Reuters)" or "Mit Material von dpa".
 * A verb binds to its subject: the name right before it ("Die USA kritisierten"), else the name right after it
 * ("erklärte Putin", "berichtet die Nachrichtenagentur Yonhap"), else the nearest name before it that is not inside
 * a prepositional phrase ("mit dem Sender KBS"), not the subject of a separate subordinate clause, not quoted, and
 * not beyond a colon or dash. A name that is merely present (Putin as the topic of a sentence, Kim Jong-un as the
 * one who sent the troops) is no attribution. Cues inside quotations are the speaker's words and are ignored.
 */
export function attributeSentence(sentence: string, lexicon: CompiledLexicon): SentenceSources {
  return attributeSurveyed(sentence, surveySentence(sentence, lexicon), lexicon);
}

/** attributeSentence for a sentence just surveyed (see surveySentence). */
export function attributeSurveyed(sentence: string, survey: SentenceSurvey, lexicon: CompiledLexicon): SentenceSources {
  // Half the sentences cannot cite anything; they are done without looking for names.
  if (!survey.mayCite) return NOTHING_CITED;
  return readSources(sentence, survey.words, lexicon, survey.roles);
}

/**
 * attributeSentence for a sentence already split into its words (sentenceWords or a WordScan, as columns), without
 * the check that passes over sentences that cannot cite anything: the full reading, which that check is tested
 * against. `roles`, when the words were surveyed, tells the cue words and the words that may start a name without
 * asking about each word's key again.
 */
export function readSources(
  sentence: string,
  words: WordColumns,
  lexicon: CompiledLexicon,
  roles: ArrayLike<number> | null = null,
): SentenceSources {
  const matches = matchSources(sentence, words, lexicon, roles, NAME);
  const reading: Reading = {
    text: sentence,
    words,
    matches,
    quoted: QUOTE_MARK.test(sentence) ? quotedSpans(sentence) : null,
  };
  const attributions: SentenceAttribution[] = [];
  let anonymous = false;
  for (let k = 0; k < words.count; k++) {
    const key = words.keys[k]!;
    const cue = roles === null ? CUE_WORDS.has(key) : (roles[k]! & CUE) !== 0;
    if (!cue || inQuote(reading, k)) continue;

    for (const phrase of ORIGIN_BEFORE.get(key) ?? NO_PHRASES) {
      if (!phraseAt(reading, k, phrase)) continue;
      const cited = citedAfter(reading, k + phrase.length);
      if (cited.match) addAttribution(attributions, reading, cited.match, 'origin');
      else if (cited.reportNoun || REPORT_NOUN.test(keyAt(reading, k + phrase.length - 1))) anonymous = true;
    }

    if (ORIGIN_AFTER.has(key)) {
      const before = matchEndingAt(reading, k - 1);
      if (before && !breakBefore(reading, k)) addAttribution(attributions, reading, before, 'origin');
      else if (REPORT_NOUN.test(keyAt(reading, k - 1))) anonymous = true;
    }

    for (const phrase of CREDIT_BEFORE.get(key) ?? NO_PHRASES) {
      if (!phraseAt(reading, k, phrase)) continue;
      for (const match of listAfter(reading, k + phrase.length)) {
        addAttribution(attributions, reading, match, 'credited');
      }
    }

    if (reading.matches.length === 0) continue;
    const kind = verbKind(reading, k);
    if (kind) {
      for (const [match, bound] of subjectsOf(reading, k, kind)) addAttribution(attributions, reading, match, bound);
    }

    // „…“, so Putin.
    if (key === 'so' && k > 0 && /[,“”"«]/.test(gapBefore(reading, k))) {
      const cited = citedAfter(reading, k + 1);
      if (cited.match) addAttribution(attributions, reading, cited.match, 'quoted');
    }
  }

  for (const match of creditLines(reading, lexicon)) addAttribution(attributions, reading, match, 'credited');
  return { attributions, anonymous };
}

const NO_PHRASES: readonly (readonly string[])[] = [];

/*
 * The match starting or ending at a word, found by walking the matches: a sentence names a handful of sources at
 * most, and two maps built per sentence cost more than the few comparisons (they were a tenth of what reading the
 * archive's sentences for sources allocated). Matches never overlap, so at most one starts or ends at a word.
 */
function matchStartingAt(r: Reading, i: number): SourceMatch | undefined {
  for (const match of r.matches) if (match.first === i) return match;
  return undefined;
}

function matchEndingAt(r: Reading, i: number): SourceMatch | undefined {
  for (const match of r.matches) if (match.last === i) return match;
  return undefined;
}

/** Key of word i, '' before the first word and after the last (the columns hold stale entries past `count`). */
function keyAt(r: Reading, i: number): string {
  return i >= 0 && i < r.words.count ? r.words.keys[i]! : '';
}

/** Start of word i, 0 when there is no word i. */
function startAt(r: Reading, i: number): number {
  return i >= 0 && i < r.words.count ? r.words.starts[i]! : 0;
}

/** End of word i, 0 when there is no word i. */
function endAt(r: Reading, i: number): number {
  return i >= 0 && i < r.words.count ? r.words.ends[i]! : 0;
}

/** Records a source for the sentence once, with its first binding. */
function addAttribution(list: SentenceAttribution[], r: Reading, match: SourceMatch, kind: AttributionKind): void {
  if (list.some((a) => a.source === match.sourceId)) return;
  const mention = mentionText(r.text, r.words, match);
  list.push({ source: match.sourceId, mention: mention.text, kind, start: mention.start });
}

function gapBefore(r: Reading, i: number): string {
  return r.text.slice(endAt(r, i - 1), startAt(r, i));
}

function breakBefore(r: Reading, i: number): boolean {
  return i > 0 && PHRASE_BREAK.test(gapBefore(r, i));
}

function inQuote(r: Reading, i: number): boolean {
  return r.quoted !== null && isQuotedAt(r.quoted, startAt(r, i));
}

/** Articles, adjectives and descriptor nouns may stand between a cue or preposition and a source's name. */
function isFiller(r: Reading, i: number): boolean {
  if (i < 0 || i >= r.words.count) return false;
  const key = r.words.keys[i]!;
  if (CITATION_FILLERS.has(key) || SOURCE_DESCRIPTOR.test(key)) return true;
  return ADJECTIVE_LIKE.test(r.text.slice(r.words.starts[i], r.words.ends[i])) && !AUXILIARIES.has(key);
}

function phraseAt(r: Reading, k: number, phrase: readonly string[]): boolean {
  for (let offset = 1; offset < phrase.length; offset++) {
    if (keyAt(r, k + offset) !== phrase[offset] || breakBefore(r, k + offset)) return false;
  }
  return true;
}

interface Cited {
  match: SourceMatch | null;
  /** A report noun ("Berichten", "Angaben") stood where the name would be: the cue cites unnamed reports. */
  reportNoun: boolean;
}

/** The source a cue ending before word `from` introduces, over articles, adjectives and descriptors. */
function citedAfter(r: Reading, from: number): Cited {
  let reportNoun = false;
  for (let i = from; i < r.words.count && i <= from + MAX_CITATION_GAP; i++) {
    if (i > from && breakBefore(r, i)) break;
    const match = matchStartingAt(r, i);
    if (match && !inQuote(r, i)) return { match, reportNoun };
    if (!isFiller(r, i)) break;
    if (REPORT_NOUN.test(keyAt(r, i))) reportNoun = true;
  }
  return { match: null, reportNoun };
}

/** "AFP, dpa und Reuters": consecutive names joined by commas or "und". */
function listAfter(r: Reading, from: number): SourceMatch[] {
  const list: SourceMatch[] = [];
  let i = from;
  for (;;) {
    const match = matchStartingAt(r, i);
    if (!match) return list;
    list.push(match);
    i = match.last + 1;
    if (keyAt(r, i) === 'und') i += 1;
  }
}

function verbKind(r: Reading, k: number): AttributionKind | null {
  if (k < 0 || k >= r.words.count) return null;
  const key = r.words.keys[k]!;
  // Nouns are capitalised in German: "Berichten zufolge" is no verb, "berichtet" is. The first word of a sentence
  // is capitalised either way.
  if (k > 0 && isCapital(r.text.charCodeAt(r.words.starts[k]!))) return null;
  if (SPEECH_VERBS.has(key)) return 'quoted';
  if (REPORT_VERBS.has(key)) return 'origin';
  // "gehen davon aus", "geht … ferner davon aus": the assessment is the subject's.
  if (key === 'davon' && keyAt(r, k + 1) === 'aus') return 'origin';
  return null;
}

/** A-Z, Ä, Ö, Ü: the capitals German verbs and nouns start with. */
function isCapital(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code === 0xc4 || code === 0xd6 || code === 0xdc;
}

interface Governor {
  word: string;
  index: number;
  role: 'preposition' | 'subordinator';
}

/** What stands before a name within its phrase: a preposition (a prepositional phrase), a subordinator, or neither. */
function governorOf(r: Reading, match: SourceMatch): Governor | null {
  for (let i = match.first - 1; i >= 0; i--) {
    if (breakBefore(r, i + 1)) return null;
    const key = keyAt(r, i);
    if (PREPOSITIONS.has(key)) return { word: key, index: i, role: 'preposition' };
    if (SUBORDINATORS.has(key)) return { word: key, index: i, role: 'subordinator' };
    if (!isFiller(r, i)) return null;
  }
  return null;
}

/** The sources a verb at word `k` binds to, with the kind each gets. */
function subjectsOf(r: Reading, k: number, kind: AttributionKind): [SourceMatch, AttributionKind][] {
  // Subject right before the verb: "Das US-Pentagon schätzt", "Die USA kritisierten Nordkoreas …" (a name after
  // the verb is then its object).
  const adjacent = matchEndingAt(r, k - 1);
  const adjacentIsSubject =
    adjacent && !breakBefore(r, k) && !inQuote(r, adjacent.first) && governorOf(r, adjacent)?.role !== 'preposition';
  if (adjacent && adjacentIsSubject) return [[adjacent, kind]];
  // Inverted order, German verb-second: "berichtete Nordkoreas staatliche Nachrichtenagentur KCNA".
  const after = citedAfter(r, k + 1).match;
  if (after && after.first <= k + MAX_INVERTED_GAP) return [[after, kind]];

  const bound: [SourceMatch, AttributionKind][] = [];
  let crossesPhrase = false;
  let cursor = k;
  for (let m = r.matches.length - 1; m >= 0; m--) {
    const match = r.matches[m];
    if (!match || match.last >= k) continue;
    for (; cursor > match.last; cursor--) {
      const gap = gapBefore(r, cursor);
      if (CLAUSE_BREAK.test(gap)) return bound;
      if (PHRASE_BREAK.test(gap)) crossesPhrase = true;
    }
    if (inQuote(r, match.first)) continue;
    const governor = governorOf(r, match);
    if (governor?.role === 'preposition') {
      // A passive agent next to the verb ("von KCNA zitiert") or opening the sentence ("Von offizieller
      // nordkoreanischer Seite wurde bestätigt") is the origin; any other prepositional name is not the subject.
      const agent = match.last === k - 1 || (governor.index === 0 && !crossesPhrase);
      if (AGENT_PREPOSITIONS.has(governor.word) && agent) bound.push([match, 'origin']);
      continue;
    }
    if (governor?.role === 'subordinator' && crossesPhrase) continue;
    bound.push([match, kind]);
    return bound;
  }
  return bound;
}

/** "(AFP, dpa, Reuters)": a parenthesis holding nothing but agency or outlet names credits each of them. */
function creditLines(r: Reading, lexicon: CompiledLexicon): SourceMatch[] {
  if (r.matches.length === 0 || !r.text.includes('(')) return [];
  const credited: SourceMatch[] = [];
  for (const paren of r.text.matchAll(/\(([^()]{1,160})\)/g)) {
    const start = paren.index + 1;
    const end = start + (paren[1]?.length ?? 0);
    const first = firstWordFrom(r, start);
    const last = lastWordUntil(r, end);
    if (first === -1 || last < first) continue;
    const names = listAfter(r, first);
    const wholeParenthesis = names.length > 0 && names.at(-1)?.last === last;
    const allAgencies = names.every((m) => CREDIT_KINDS.has(lexicon.sourceById.get(m.sourceId)?.kind ?? ''));
    if (wholeParenthesis && allAgencies) credited.push(...names);
  }
  return credited;
}

/** Index of the first word starting at or after `offset`, or -1. */
function firstWordFrom(r: Reading, offset: number): number {
  for (let i = 0; i < r.words.count; i++) if (r.words.starts[i]! >= offset) return i;
  return -1;
}

/** Index of the last word ending at or before `offset`, or -1. */
function lastWordUntil(r: Reading, offset: number): number {
  for (let i = r.words.count - 1; i >= 0; i--) if (r.words.ends[i]! <= offset) return i;
  return -1;
}
