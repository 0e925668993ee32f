import { foldText } from '../text/fold';
import { PLACE_NAMES } from './speaker-words';

/** What a figure is an amount of, read from the words around it. */
export interface MeasureNoun {
  text: string;
  start: number;
}

const MAX_WORDS_BACK = 10;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.,'’-]*)(\s*)$/u;
const DETERMINER = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|sein|seine|ihr|ihre)$/i;
// Nouns of time, quantity and unit that stand between a measure and its figure ("die Inflation ist im Vorjahr um
// 2 Prozent gestiegen"); they never are the measure.
const NOT_A_MEASURE =
  /^(?:\p{Lu}\p{L}*)?(?:jahr|jahres|vorjahr|vorjahres|monat|monats|quartal|quartals|vorquartal|vorquartals|woche|tag|tages|zeitraum|vergleich|schnitt|durchschnitt|ende|anfang|beginn|mitte|zuge|folge|prozent|prozentpunkte|euro|dollar|million|millionen|milliarde|milliarden|abstand|etappen)$/iu;
const MONTH = /^(?:Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;
// Prepositions whose noun is an adjunct ("in Österreich", "im Euroraum", "für Flüchtlinge"), not what is measured.
const PREPOSITION =
  /^(?:in|im|ins|für|mit|nach|aus|bei|beim|von|vom|zur|zum|zu|gegenüber|unter|über|auf|an|am|seit|vor|durch|laut|trotz|wegen)$/i;
// "ein Wachstum von 1,5 Prozent", "eine Quote von 5,7 Prozent", "ein Plus von 1,5 Prozent": the noun the figure
// is the amount of stands right before.
const AMOUNT_OF =
  /(\p{Lu}[\p{L}-]*)\s+(?:von|um|bei|auf)\s+(?:(?:rund|etwa|knapp|fast|mehr als|über|unter|bis zu|zuletzt|nur|lediglich)\s+)?$/u;
// "0,3 Prozent des BIP", "70 Prozent des Exports", "45 Prozent der Einwohner": a share of what follows.
const SHARE_OF = /^\s+(?:des|der)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)/u;
// "zwei Milliarden Euro Flüchtlingskosten", "900 Millionen Euro für Flüchtlinge": money for what follows.
const MONEY_FOR = /^\s+(?:(?:für|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?(\p{Lu}[\p{L}-]*)/u;
// Abbreviations that name a measure, not a body that states one ("das BIP", but "die OeNB", "das IHS").
const MEASURE_ABBREVIATIONS: ReadonlySet<string> = new Set(['BIP', 'BNP', 'VPI', 'HVPI', 'DAX', 'ATX', 'BSP']);

/**
 * The noun a figure stated in a unit is an amount of: a share of the genitive after its unit ("0,3 Prozent des
 * BIP"), the noun after a sum of money ("zwei Milliarden Euro Flüchtlingskosten"), the noun right before "von"
 * or "um" ("ein Wachstum von 1,5 Prozent"), else the nearest noun before the number in the same clause that is
 * neither a time nor the noun of a prepositional phrase ("die Pensionen werden im kommenden Jahr um 1,2 Prozent
 * angehoben"). `unitEnd` is where the unit word after the number ends, when there is one.
 */
export function readMeasureNoun(
  sentence: string,
  numberStart: number,
  unitEnd: number | null,
  money: boolean,
): MeasureNoun | null {
  if (unitEnd !== null) {
    const after = sentence.slice(unitEnd);
    const share = SHARE_OF.exec(after) ?? (money ? MONEY_FOR.exec(after) : null);
    if (share?.[1] && !NOT_A_MEASURE.test(share[1])) {
      return { text: share[1], start: unitEnd + share.index + share[0].length - share[1].length };
    }
  }
  const before = sentence.slice(Math.max(0, numberStart - 80), numberStart).replace(/[+–-]$/, '');
  const amount = AMOUNT_OF.exec(before);
  if (amount?.[1] && measureLike(amount[1])) {
    // "mit einem Wachstum von 1,4" counts though a preposition governs it; "in Österreich um 8 Prozent" is a place.
    return { text: amount[1], start: numberStart - before.length + amount.index };
  }
  return nounBefore(sentence, numberStart);
}

function nounBefore(sentence: string, numberStart: number): MeasureNoun | null {
  let end = numberStart;
  // "die Exporte (+0,5 Prozent)": the noun the parenthesis follows.
  const parenthesis = /(\p{Lu}[\p{L}-]*)\s*\(\s*[+–-]?$/u.exec(sentence.slice(Math.max(0, end - 80), end));
  if (parenthesis?.[1] && measureLike(parenthesis[1])) {
    return { text: parenthesis[1], start: end - parenthesis[0].length };
  }
  for (let steps = 0; steps < MAX_WORDS_BACK; steps++) {
    const window = sentence.slice(Math.max(0, end - 80), end);
    const match = WORD_BEFORE.exec(window);
    if (!match || (match[2] === '' && steps > 0)) return null;
    // "…, die auf Seiten Russlands kämpften, über 10.000": a comma ends the clause the figure stands in.
    if (/,$/.test(match[1]!)) return null;
    const word = match[1]!.replace(/[.,]+$/, '');
    const start = end - match[0].length;
    const gapStart = Math.max(0, end - 80) + match.index + match[1]!.length;
    if (/[,;:()„“"«»–—]/.test(sentence.slice(gapStart, end))) return null;
    end = start;
    if (!/^\p{Lu}/u.test(word) || DETERMINER.test(word) || !measureLike(word)) continue;
    if (governedByPreposition(sentence, start)) continue;
    return { text: word, start };
  }
  return null;
}

/** A capitalised word that may be what a figure measures: no time, unit, month, place or body's abbreviation. */
function measureLike(word: string): boolean {
  if (NOT_A_MEASURE.test(word) || MONTH.test(word) || isPlace(word)) return false;
  return !/^\p{Lu}{2,}/u.test(word) || MEASURE_ABBREVIATIONS.has(word);
}

function isPlace(word: string): boolean {
  return PLACE_NAMES.has(foldText(word)) || COUNTRY_LIKE.test(word);
}

// "Österreich", "Oberösterreich", "Spanien", "Deutschland": countries and regions by their endings.
const COUNTRY_LIKE = /(?:reich|land|ien|ei)$/;

/** The word at `start` follows a preposition, over at most a determiner and two adjectives. */
function governedByPreposition(sentence: string, start: number): boolean {
  const words = sentence
    .slice(Math.max(0, start - 60), start)
    .trim()
    .split(/\s+/)
    .reverse();
  for (const word of words.slice(0, 4)) {
    if (PREPOSITION.test(word)) return true;
    if (!DETERMINER.test(word) && !/^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u.test(word)) return false;
  }
  return false;
}
