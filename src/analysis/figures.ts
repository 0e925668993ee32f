import type { Paragraph } from '../corpus/article';
import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { readCountedNoun, type CountedNoun } from './counted-noun';
import { figureOf } from './figure-of';
import { figureTopics } from './figure-topics';
import { readGermanNumbers } from './german-numbers';
import { isIncrement } from './increment';
import { readMeasureNoun } from './measure-noun';
import type { Credit, ResolvedSentence } from './resolve-speakers';
import type { Figure, NumberReading } from './types';
import { unitOf, type Unit } from './units';

/**
 * The figures of one paragraph — each tied to what it counts, its unit, its topics and the source its own sentence
 * credits — with `resolved[i]` what its sentence `i` credits (see ArticleSpeakers), and
 * `numberWordsIn[i]` false when sentence `i` holds no number word (see surveySentence), so it is not looked for.
 */
export function paragraphFigures(
  articleId: string,
  paragraph: Paragraph,
  lexicon: CompiledLexicon,
  resolved: readonly ResolvedSentence[],
  numberWordsIn: readonly boolean[],
): Figure[] {
  const figures: Figure[] = [];
  // A number in a crosshead repeats the text below without its context.
  if (paragraph.heading) return figures;
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index] ?? '';
    const readings = readGermanNumbers(sentence, numberWordsIn[index] ?? true);
    let previous = null as { unit: Unit; measure: string | null } | null;
    for (let r = 0; r < readings.length; r++) {
      const reading = readings[r]!;
      const { counted, unit } = unitAndCounted(sentence, reading, readings[r + 1]);
      const unitEnd = counted !== null && unit !== 'count' ? counted.start + counted.text.length : null;
      const read =
        unit !== 'count' || counted === null
          ? readMeasureNoun(sentence, reading.start, unitEnd, MONEY.has(unit))
          : null;
      // "um 0,3 Prozent und im Jahresabstand um 1,0 Prozent": a second figure in the same unit measures the same.
      const sameAsBefore = previous?.unit === unit && unit !== 'count' ? previous.measure : null;
      const measure: string | null = read?.text ?? sameAsBefore;
      previous = { unit, measure };
      const credit = figureCredit(resolved[index], reading.start, sentence);
      const figure = figureOf(reading, {
        articleId,
        paragraph: paragraph.number,
        sentence: index,
        counted: counted?.text ?? null,
        unit,
        measure,
        topics: figureTopics(sentence, reading.start, counted, lexicon),
        source: credit?.source ?? null,
      });
      if (credit) figure.sourceMention = credit.mention;
      // Set, not spread in: a conditional spread copies a throwaway object for every figure. Last either way.
      if (isIncrement(sentence, reading)) figure.increment = true;
      figures.push(figure);
    }
  }
  return figures;
}

const MONEY: ReadonlySet<Unit> = new Set(['EUR', 'USD', 'CHF', 'GBP', 'other-currency']);

const PERCENT_ADJECTIVE = /^-?prozentig/iu;
// "um 0,5 statt 0,4 Prozent", "von 4,5 auf 3,8 Prozent": the first number takes the unit of the second.
const SHARED_UNIT = /^\s*(?:statt|und|oder|bzw\.|beziehungsweise|auf|bis|zu|,)\s*$/;

/** What a number counts and in what unit, sharing the unit of the next number where the text does. */
function unitAndCounted(
  sentence: string,
  reading: NumberReading,
  next: NumberReading | undefined,
): { counted: CountedNoun | null; unit: Unit } {
  const end = reading.start + reading.text.length;
  // "einen 0,45-prozentigen Zuschlag".
  if (PERCENT_ADJECTIVE.test(sentence.slice(end))) return { counted: null, unit: 'percent' };
  const counted = readCountedNoun(sentence, end);
  const unit = unitOf(counted?.text ?? null);
  if (counted === null && next && SHARED_UNIT.test(sentence.slice(end, next.start))) {
    const shared = readCountedNoun(sentence, next.start + next.text.length);
    const sharedUnit = unitOf(shared?.text ?? null);
    if (sharedUnit !== 'count') return { counted: shared, unit: sharedUnit };
  }
  return { counted, unit };
}

/**
 * The credit a figure takes from its own sentence: a named origin before a quoted speaker, the nearest to the
 * number when several; an agency credit line credits the wire copy, not the number. A neighbouring sentence's
 * source is never lent: the same paragraph often sets one source's figure against another's.
 */
function figureCredit(resolved: ResolvedSentence | undefined, numberStart: number, sentence: string): Credit | null {
  if (!resolved || resolved.anonymous) return null;
  let origins = false;
  for (const c of resolved.credits) if (c.kind === 'origin') origins = true;
  let nearest: Credit | null = null;
  for (const c of resolved.credits) {
    if (c.kind === 'credited' || (origins && c.kind !== 'origin')) continue;
    if (nearest === null || Math.abs(c.start - numberStart) < Math.abs(nearest.start - numberStart)) nearest = c;
  }
  // "Das Wifo rechnete mit 1,4, das IHS mit 1,6 Prozent": another body's elliptical clause stands between.
  const between =
    nearest && nearest.start < numberStart ? sentence.slice(nearest.start + nearest.mention.length, numberStart) : '';
  if (ELLIPTICAL_OTHER.test(between)) return null;
  return nearest;
}

const ELLIPTICAL_OTHER = /,\s+(?:der|die|das|den)?\s*\p{Lu}[\p{L}-]*\s+(?:mit|bei|auf|von)\s+(?:\p{Ll}+\s+)?$/u;
