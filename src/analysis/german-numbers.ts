import type { NumberReading } from './types';
import { isLetterOrDigitAt } from '../text/char-classes';
import { parseNumberWord } from './number-words';
import { wordBefore } from './word-before';

/*
 * Reads the numbers a German sentence states as quantities. What is NOT read, and why:
 * - years, dates, times, ordinals and list numbers: they place things, they do not count them;
 * - handles, model names and codes ("X@AndySch64494719", "Su-34", "G7"): digits glued to letters are names;
 * - vague quantities ("Tausende", "Dutzende", "mehrere tausend", "einige hundert"): a figure must be a number
 *   someone stated, and "thousands" is not one, so presenting it as 1000 would put words in a source's mouth.
 */

/** A number as written, before qualifiers, scale words and ranges are applied. */
interface NumberAtom {
  value: number;
  start: number;
  end: number;
  /** An article ("ein", "eine") that only counts as 1 when a scale word follows ("eine Million"). */
  needsScale: boolean;
  /** Four plain digits 1000–2099: a year unless the context shows it counts something. */
  yearLike: boolean;
  digits: boolean;
}

// German digit numbers: "11.000", "8000", "2,5", "1.000.000". Not glued to letters, @, _ or other digits, and not
// part of a date or time ("5.11.2024", "14.30", "14:30", "24/7").
const DIGIT_NUMBER = /(?<![\p{L}\p{N}@_.,:/]|\p{L}-)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\p{N}_@]|[.,:/]\d)/gu;
// Where a German number word may start (lower case, or capitalised at a sentence start); the word around it is then
// checked whole and parsed by parseNumberWord. Bare "ein…" is left out because it starts half the words of any
// sentence ("eine", "Einsatz"): the article "ein"/"eine" only counts before a scale word ("eine Million", "ein
// Dutzend"). A plain, flag-free pattern, because this runs over every sentence of the archive; its ASCII \b only
// lets the engine skip word interiors fast, the real word boundary is checked after.
const NUMBER_WORD_START = new RegExp(
  '\\b(?:' +
    [
      '[Ee]in(?:und|hundert|tausend|s|einhalb)',
      '[Zz]wei',
      '[Dd]rei',
      '[Vv]ier',
      '[Ff](?:ü|ue|u)n',
      '[Ss]ech',
      '[Ss]ieb',
      '[Aa]cht',
      '[Nn]eun',
      '[Zz]ehn',
      '[Ee]lf',
      '[Zz]w(?:ö|oe|o)l',
      '[Zz]wanzig',
      '[Hh]undert',
      '[Tt]ausend',
      '[Aa]nderthalb',
      '[Mm]illi(?:on|ard)',
      '[Dd]utzend',
    ].join('|') +
    ')',
  'g',
);
const SCALE_WORD_START = /^(?:[Mm]illi|[Dd]utzend)/;
const ONE_BEFORE_SCALE = new Set(['ein', 'eine']);

// Scale words multiply the number before them; a following range end may carry the scale for both ("zwei bis drei
// Millionen").
const SCALE = /^\s+(Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Dutzend|Tausend)(?![\p{L}])/iu;
const SCALE_VALUES: Record<string, number> = {
  millionen: 1e6,
  million: 1e6,
  'mio.': 1e6,
  milliarden: 1e9,
  milliarde: 1e9,
  'mrd.': 1e9,
  dutzend: 12,
  tausend: 1e3,
};

const RANGE_JOIN = /^\s*(?:bis|–|—|-)\s*/iu;
const BETWEEN_JOIN = /^\s+und\s+/iu;

// Words that qualify a figure, as a reporter wrote them. Several may stack ("insgesamt rund", "weitere rund").
// "um" alone is left out on purpose: "um 3.000 Soldaten verstärkt" means "by", not "about"; "um die" is "about".
// "mehrere"/"einige" are left out too: before a number word they make it vague (handled below), not qualified.
const QUALIFIERS = new Set([
  'rund',
  'etwa',
  'ca.',
  'circa',
  'zirka',
  'ungefähr',
  'annähernd',
  'schätzungsweise',
  'geschätzt',
  'geschätzte',
  'gut',
  'knapp',
  'fast',
  'beinahe',
  'nahezu',
  'über',
  'mindestens',
  'wenigstens',
  'höchstens',
  'maximal',
  'weitere',
  'weiteren',
  'weiterer',
  'zusätzlich',
  'zusätzliche',
  'zusätzlichen',
  'insgesamt',
  'zusammen',
  'zwischen',
  'nur',
  'lediglich',
  'allein',
  'genau',
  'exakt',
]);
const TWO_WORD_QUALIFIERS = new Set([
  'mehr als',
  'weniger als',
  'bis zu',
  'an die',
  'um die',
  'gerade einmal',
  'gerade mal',
]);

const VAGUE_BEFORE = new Set(['mehrere', 'einige', 'einigen', 'viele', 'vielen', 'etliche', 'etlichen', 'paar']);
const VAGUE_WORDS = new Set(['hundert', 'tausend']);

// Words that make a following four-digit number a year: "seit August 2022", "im Herbst des Jahres 2024".
const YEAR_CONTEXT_BEFORE = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jahr',
  'jahre',
  'jahres',
  'jahren',
  'jahrs',
  'seit',
  'im',
  'ab',
  'anfang',
  'ende',
  'mitte',
  'frühjahr',
  'frühling',
  'sommer',
  'herbst',
  'winter',
  'sommers',
  'herbstes',
  'winters',
  'stand',
]);
// Numbers that label rather than count: "Nr. 5", "Resolution 2231", "Artikel 5".
const LABEL_BEFORE = new Set([
  'nr.',
  'nummer',
  'artikel',
  'art.',
  'resolution',
  'paragraf',
  'paragraph',
  '§',
  'absatz',
  'abs.',
  'seite',
  'kapitel',
  'platz',
  'kanal',
  'flug',
  'linie',
  'route',
  'ziffer',
  'punkt',
  'band',
  'version',
  'tel.',
  'telefon',
  'kw',
]);
const TIME_AFTER = /^\s*uhr(?![\p{L}])/iu;
// "5. November", "1. Startseite": a number followed by a full stop and more text is an ordinal. At the very end of
// the sentence the full stop simply closes it ("… rund 4.000.").
const ORDINAL_AFTER = /^\.\s*\S/u;
const NOUN_PHRASE_AFTER = /^\s+(?:[\p{Ll}][\p{L}-]*(?:e|en|er|es|em)\s+)?[\p{Lu}]/u;

// Patterns and the comparator are made once: a literal inside the function is a new object on every call, and
// readAtoms runs for every sentence of the archive.
const ANY_DIGIT = /\d/;
const byStart = (a: NumberAtom, b: NumberAtom): number => a.start - b.start;

function readAtoms(sentence: string, numberWords: boolean): NumberAtom[] {
  const atoms: NumberAtom[] = [];
  if (ANY_DIGIT.test(sentence)) {
    DIGIT_NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIGIT_NUMBER.exec(sentence)) !== null) {
      const whole = m[1] ?? '';
      const fraction = m[2];
      const value = Number(whole.replace(/\./g, '') + (fraction ? `.${fraction}` : ''));
      const yearLike = /^\d{4}$/.test(whole) && !fraction && value >= 1000 && value <= 2099;
      atoms.push({ value, start: m.index, end: m.index + m[0].length, needsScale: false, yearLike, digits: true });
    }
  }
  if (!numberWords) return atoms;
  // exec loops rather than matchAll: matchAll clones the pattern on every call, and this runs for every sentence.
  NUMBER_WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_WORD_START.exec(sentence)) !== null) {
    const start = m.index;
    if (start > 0 && isWordJoin(sentence, start - 1)) continue;
    let end = start + m[0].length;
    while (end < sentence.length && isLetterOrDigitAt(sentence, end)) end++;
    if (sentence[end] === '-' && isLetterOrDigitAt(sentence, end + 1)) continue;
    if (SCALE_WORD_START.test(m[0])) {
      const one = wordBefore(sentence, start);
      if (one && ONE_BEFORE_SCALE.has(one.word)) {
        const end = one.start + one.word.length;
        atoms.push({ value: 1, start: one.start, end, needsScale: true, yearLike: false, digits: false });
      }
      continue;
    }
    const value = parseNumberWord(sentence.slice(start, end));
    if (value !== null) atoms.push({ value, start, end, needsScale: false, yearLike: false, digits: false });
  }
  return atoms.sort(byStart);
}

function isWordJoin(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2d || isLetterOrDigitAt(text, i);
}

interface Scaled {
  value: number;
  end: number;
  scale: number | null;
}

function withScale(sentence: string, atom: NumberAtom): Scaled {
  const m = SCALE.exec(sentence.slice(atom.end, atom.end + 16));
  const word = m?.[1];
  if (!m || !word) return { value: atom.value, end: atom.end, scale: null };
  const scale = SCALE_VALUES[word.toLowerCase()] ?? 1;
  return { value: exact(atom.value * scale), end: atom.end + m[0].length, scale };
}

/** 4,1 × 1e6 is 4099999.9999999995 in floating point; a stated figure never has that noise. */
function exact(n: number): number {
  return Number(n.toPrecision(12));
}

function qualifierStart(sentence: string, numberStart: number): number {
  let start = numberStart;
  for (;;) {
    const last = wordBefore(sentence, start);
    if (!last) return start;
    if (QUALIFIERS.has(last.word)) {
      start = last.start;
      continue;
    }
    const first = wordBefore(sentence, last.start);
    if (!first || !TWO_WORD_QUALIFIERS.has(`${first.word} ${last.word}`)) return start;
    start = first.start;
  }
}

function isYear(sentence: string, atom: NumberAtom, qualified: boolean, end: number): boolean {
  if (!atom.yearLike) return false;
  const before = wordBefore(sentence, atom.start, true);
  if (before && YEAR_CONTEXT_BEFORE.has(before.word)) return true;
  // "rund 2000 US-Dollar" counts; "(1950 bis 1953)" and "2024 insgesamt" do not.
  return !qualified && !NOUN_PHRASE_AFTER.test(sentence.slice(end, end + 80));
}

// Read-only by its type, not frozen: a frozen array would take the loops over readings off V8's fast path.
const NO_READINGS: readonly NumberReading[] = [];

/**
 * Every quantity the sentence states, in order: value (scale words applied), range upper bound, the qualifier as
 * written, and the exact text read with its offset, so a figure can always be shown in the words it came from.
 * `numberWords` false skips looking for numbers written as words, for a sentence known to hold none (see
 * mayHoldNumberWord): nine sentences in ten, and that search ran over every character of each.
 */
export function readGermanNumbers(sentence: string, numberWords = true): readonly NumberReading[] {
  const atoms = readAtoms(sentence, numberWords);
  // Most sentences state no number: they share one empty answer.
  if (atoms.length === 0) return NO_READINGS;
  const readings: NumberReading[] = [];
  let consumedUntil = 0;

  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i];
    if (!atom || atom.start < consumedUntil) continue;
    const before = wordBefore(sentence, atom.start)?.word ?? '';
    const after = sentence.slice(atom.end, atom.end + 8);

    if (atom.digits && (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || LABEL_BEFORE.has(before))) continue;
    const word = atom.digits ? '' : sentence.slice(atom.start, atom.end).toLowerCase();
    if (VAGUE_WORDS.has(word) && VAGUE_BEFORE.has(before)) continue;

    let first = withScale(sentence, atom);
    if (atom.needsScale && first.scale === null) continue;
    let upper: Scaled | null = null;
    let end = first.end;

    const qStart = qualifierStart(sentence, atom.start);
    const qualifier = qStart < atom.start ? sentence.slice(qStart, atom.start).trimEnd() : undefined;
    const between = qStart < atom.start && wordBefore(sentence, atom.start)?.word === 'zwischen';
    const join = (between ? BETWEEN_JOIN : RANGE_JOIN).exec(sentence.slice(first.end, first.end + 12));
    const next = atoms[i + 1];
    if (join && next && next.start === first.end + join[0].length && !next.needsScale) {
      upper = withScale(sentence, next);
      // "zwei bis drei Millionen": the scale written once applies to both ends.
      if (first.scale === null && upper.scale !== null) {
        first = { ...first, value: exact(first.value * upper.scale), scale: upper.scale };
      }
      end = upper.end;
    }

    if (isYear(sentence, atom, qualifier !== undefined, end)) {
      consumedUntil = end;
      continue;
    }
    const start = qualifier !== undefined ? qStart : atom.start;
    const reading: NumberReading = { value: first.value, text: sentence.slice(start, end), start };
    if (upper) reading.upper = upper.value;
    if (qualifier !== undefined) reading.qualifier = qualifier;
    readings.push(reading);
    consumedUntil = end;
  }
  return readings;
}
