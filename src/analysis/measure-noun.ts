/** What a figure is an amount of, read from the words before it. */
export interface MeasureNoun {
  text: string;
  start: number;
}

const MAX_WORDS_BACK = 6;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.,'’-]*)(\s*)$/u;
const DETERMINER = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|ihr|ihre)$/i;
// Nouns of time and place that stand between a measure and its figure ("die Inflation ist im Vorjahr um 2 Prozent
// gestiegen"); they never are the measure.
const NOT_A_MEASURE =
  /^(?:\p{Lu}\p{L}*)?(?:jahr|jahres|vorjahr|vorjahres|monat|monats|quartal|quartals|woche|tag|tages|zeitraum|vergleich|schnitt|durchschnitt|ende|anfang|beginn|mitte|zuge|folge|prozent|prozentpunkte|euro|dollar|millionen|milliarden)$/iu;
const MONTH = /^(?:Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/**
 * The noun a figure stated in a unit is an amount of, when it stands before the number in the same clause: "ein
 * Wachstum von 1,5 Prozent", "die Inflationsrate lag bei 1,1 Prozent", "der Umsatz ist im Vorjahr um 3,2 Prozent
 * gestiegen", "Kosten von zwei Millionen Euro". Walks back over lower-case words (verbs, prepositions, articles),
 * numbers and nouns of time, stopping at punctuation: a noun across a comma belongs to another clause.
 */
export function readMeasureNoun(sentence: string, numberStart: number): MeasureNoun | null {
  let end = numberStart;
  for (let steps = 0; steps < MAX_WORDS_BACK; steps++) {
    const match = WORD_BEFORE.exec(sentence.slice(Math.max(0, end - 80), end));
    if (!match || match[2] === '' && steps > 0) return null;
    const word = match[1]!.replace(/[.,]+$/, '');
    const start = end - match[0].length;
    const gapStart = Math.max(0, end - 80) + match.index + match[1]!.length;
    if (/[,;:()„“"«»–—]/.test(sentence.slice(gapStart, end))) return null;
    end = start;
    if (/^\p{Lu}/u.test(word) && !DETERMINER.test(word)) {
      if (NOT_A_MEASURE.test(word) || MONTH.test(word)) continue;
      return { text: word, start };
    }
  }
  return null;
}
