import type { WordColumns } from '../text/word-columns';
import { REPORTED_SPEECH_VERBS } from './attribution-cues';
import { isQuotedAt, quotedSpans } from './quoted-mask';

/*
 * Sentences that carry on the source credited before them without naming it: reported speech in the Konjunktiv,
 * "demnach", or a report the article named ("den Angaben zufolge", "laut der Studie", "heißt es in der Aussendung").
 */

/**
 * An indirect question or condition opening the sentence ("Sollte X davon abgehen, wäre …" too): its Konjunktiv II
 * is the writer's, not reported.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'wer',
  'was',
  'wie',
  'warum',
  'weshalb',
  'ob',
  'wenn',
  'falls',
  'als',
  'welche',
  'welcher',
  'sollte',
  'sollten',
]);

/** How many sentences back "demnach" or "den Angaben zufolge" may reach for the source it carries on. */
const BACK_REACH = 4;

/** Adverbs that say the sentence still reports what was just cited. */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['demnach', 'demzufolge', 'dementsprechend']);

/** Documents a body publishes: "der Umfrage zufolge" points back to the institute, not to whoever spoke since. */
const DOCUMENT =
  /\b(?:in|im)\s+(?:der|dem|diesem|dieser)\s+(?:\p{Ll}+\s+)*(?:Aussendung|Mitteilung|Bericht|Studie|Erklärung|Stellungnahme|Presseaussendung|Pressemitteilung)\b|\b(?:[Uu]mfrage|[Ss]tudie|[Bb]ericht|[Uu]ntersuchung|[Ee]rhebung|[Aa]nalyse|[Ss]tatistik|[Dd]aten|[Pp]rognose|[Aa]ussendung|[Aa]uswertung)\w*\s+(?:zufolge|nach)|(?:laut|gemäß)\s+(?:der|dem|dieser|diesem)\s+(?:\p{Ll}+\s+)*(?:Umfrage|Studie|Bericht|Untersuchung|Erhebung|Analyse|Statistik|Prognose|Aussendung|Auswertung)/u;

/** The cue words of a sentence that cites a report named before (see SentenceReading.refersBack). */
const REPORT_BACK = /^(?:zufolge|laut|gemass|nach|hiess|heisst)$/;

/** The folded keys of KONJUNKTIV_II, which they share with the past tense ("hätte" and "hatte" are "hatte"). */
const KONJUNKTIV_II_KEYS: ReadonlySet<string> = new Set([
  'wurde',
  'wurden',
  'hatte',
  'hatten',
  'ware',
  'waren',
  'musste',
  'mussten',
  'konnte',
  'konnten',
]);

/**
 * Konjunktiv II forms reported speech uses where the Konjunktiv I would look indicative ("sie hätten", "würden
 * steigen"). Their umlaut is what tells them from the past tense, so they are matched as written, not folded.
 * "dürfte" is left out: it is how the writer hedges, not how a speaker is reported.
 */
const KONJUNKTIV_II: ReadonlySet<string> = new Set([
  'würde',
  'würden',
  'hätte',
  'hätten',
  'wäre',
  'wären',
  'müsste',
  'müssten',
  'könnte',
  'könnten',
]);

/** The sentence cites a document named before ("der Umfrage zufolge", "laut der Studie", "in der Aussendung"). */
export function refersToDocument(sentence: string): boolean {
  return DOCUMENT.test(sentence);
}

/**
 * The word showing that a sentence carries on the source credited `distance` sentences before, outside quotation:
 * a Konjunktiv (the next sentence but one at most, and only without a verb of saying of its own), "demnach", or,
 * when the sentence `refersBack` to a report, its cue ("zufolge", "laut", "heißt"). Null when none does.
 */
export function continuationWord(
  sentence: string,
  words: WordColumns,
  distance: number,
  refersBack: boolean,
  cued: boolean,
): { text: string; start: number } | null {
  if (distance > BACK_REACH) return null;
  const quoted = /[„“”»«"]/.test(sentence) ? quotedSpans(sentence) : null;
  for (let i = 0; i < words.count; i++) {
    const key = words.keys[i]!;
    const back = refersBack ? REPORT_BACK.test(key) : BACK_REFERENCES.has(key);
    const maybeKonjunktiv = !cued && distance <= 2 && (REPORTED_SPEECH_VERBS.has(key) || KONJUNKTIV_II_KEYS.has(key));
    if (!back && !maybeKonjunktiv) continue;
    const start = words.starts[i]!;
    const text = sentence.slice(start, words.ends[i]);
    if (!back) {
      const konjunktiv =
        REPORTED_SPEECH_VERBS.has(key) ||
        (KONJUNKTIV_II.has(text.toLowerCase()) && !QUESTION_WORDS.has(words.keys[0]!));
      if (!konjunktiv || /^\p{Lu}/u.test(text)) continue;
    }
    if (quoted && isQuotedAt(quoted, start)) continue;
    return { text, start };
  }
  return null;
}
