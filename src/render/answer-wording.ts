import type { Answer, AnswerResult, AnswerSpread } from '../engine/answer';
import { UNIT_LABEL } from '../analysis/units';
import { messages } from '../i18n/catalog';
import { formatNumber, formatPublished, formatRange } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { displayName } from './display-name';

/*
 * The words every shell uses to say what an answer matched. Text and embeds share them so the console and Discord
 * never disagree about whether a match was exact, approximate or absent. Every function takes the reader's
 * language; English is what a caller that does not say gets.
 */

/** True when there is nothing to show: the query matched nothing, or matched something with no passages. */
export function isMiss(answer: Answer): boolean {
  return answer.match === 'none' || answer.results.length === 0;
}

/**
 * The headline: what the query was matched to, saying plainly when that match was only approximate, so a reporter
 * never takes KCNA's words for those of a source they mistyped. "Figures for troops — matched Soldaten, Truppen",
 * "Sources for kcan — closest match KCNA", "No source named "BBC"".
 */
export function answerHeadline(answer: Answer, locale: Locale = 'en'): string {
  const m = messages(locale).answer;
  const q = answer.query.trim();
  const matched = matchedNames(answer, locale).join(', ');
  if (isMiss(answer)) {
    if (answer.match !== 'none' && matched) return m.nothingYetFor(matched);
    return answer.command === 'search' ? m.nothingFound(quote(q)) : m.noneNamed(m.noun[answer.command], quote(q));
  }
  if (answer.command === 'article') {
    const title = answer.results[0]?.title ?? matched;
    return answer.match === 'fuzzy' ? m.articleClosest(title, quote(q)) : title;
  }
  const subject = m.subjectFor(m.subject[answer.command], q);
  if (!matched) return subject;
  return answer.match === 'fuzzy' ? m.closestMatch(subject, matched) : m.matched(subject, matched);
}

/** A line that says how the query matched, or null when it matched exactly and needs no comment. */
export function matchNotice(answer: Answer, locale: Locale = 'en'): string | null {
  const m = messages(locale).answer;
  const q = quote(answer.query.trim());
  if (answer.match === 'none') {
    if (answer.suggestions.length > 0)
      return m.suggestions(m.suggestionLead[answer.command], answer.suggestions.join(', '));
    return answer.command === 'search' ? m.tryFewerWords : m.nothingClose;
  }
  if (answer.match === 'fuzzy') return m.noExactMatch(q, matchedNames(answer, locale).join(', '));
  if (answer.results.length === 0) return m.knownButEmpty(matchedNames(answer, locale).join(', '));
  return null;
}

/** What the query matched, in the reader's language where the lexicon gives labels. */
function matchedNames(answer: Answer, locale: Locale): string[] {
  const labels = locale === 'de' ? answer.matchedLabels?.de : undefined;
  return labels && labels.length === answer.matched.length ? labels : answer.matched;
}

/** The outlet, or the explicit stand-in "unknown outlet". */
export function outletOf(result: Pick<AnswerResult, 'outlet'>, locale: Locale = 'en'): string {
  return result.outlet ?? messages(locale).answer.unknownOutlet;
}

/** The publication date in the reader's format, or the explicit stand-in "undated". */
export function publishedOf(result: Pick<AnswerResult, 'published'>, locale: Locale = 'en'): string {
  return result.published === null ? messages(locale).answer.undated : formatPublished(result.published, locale);
}

/**
 * Where in the article a snippet stands: "¶3", or "headline" / "standfirst" for a hit in the title or the teaser
 * (paragraph 0).
 */
export function paragraphLabel(paragraph: number, space = '', locale: Locale = 'en', standfirst = false): string {
  if (paragraph !== 0) return `¶${space}${paragraph}`;
  return standfirst ? messages(locale).answer.standfirst : messages(locale).answer.headline;
}

/** "Title — outlet, date, ¶3" with the explicit stand-ins "unknown outlet" and "undated". */
export function citationLine(result: AnswerResult, locale: Locale = 'en'): string {
  return `${result.title} — ${outletOf(result, locale)}, ${publishedOf(result, locale)}, ${result.articleId} ${paragraphLabel(result.paragraph, '', locale, result.standfirst)}`;
}

/** Said of a figure that adds to an earlier total, so nobody reads "3,000" as a competing estimate. */
export function incrementNote(locale: Locale = 'en'): string {
  return messages(locale).answer.increment;
}

/** "11,000", "1.5 %", "0.1 Prozentpunkte" ("11.000", "1,5 %" in German): the value read, in its unit. */
export function figureValue(
  figure: Pick<NonNullable<AnswerResult['figure']>, 'value' | 'upper' | 'unit'>,
  locale: Locale = 'en',
): string {
  const unit = UNIT_LABEL[figure.unit];
  return `${formatRange(figure.value, figure.upper, locale)}${unit === '' ? '' : ` ${unit}`}`;
}

/**
 * The spread line in the reader's language, from the answer's spread data: "8,000–12,000 from 6 sources",
 * "8.000–12.000 laut 6 Quellen". Answers without the data (a JSON answer from before) keep their English summary.
 */
export function spreadLine(answer: Pick<Answer, 'summary' | 'spread'>, locale: Locale = 'en'): string | undefined {
  if (!answer.spread) return answer.summary;
  return spreadText(answer.spread, locale);
}

export function spreadText(spread: AnswerSpread, locale: Locale = 'en'): string {
  const range = figureValue(
    { value: spread.min, ...(spread.max !== spread.min && { upper: spread.max }), unit: spread.unit },
    locale,
  );
  return messages(locale).answer.spread(range, spread, (n) => formatNumber(n, locale));
}

/**
 * Who a result credits, with the words the credit was read from when they differ from the name, and whom it was
 * told: "Wolfgang Katzian (as “Katzian”), told APA". A reader can check the credit against the quoted sentence.
 */
export function creditLine(result: AnswerResult, locale: Locale = 'en'): string {
  const m = messages(locale).answer;
  if (!result.source) return m.noSourceNamed;
  const span = result.sourceSpan && result.sourceSpan !== result.source ? ` (${m.readAs(result.sourceSpan)})` : '';
  const via = result.via ? `, ${m.toldVia(result.via)}` : '';
  return `${displayName(result.source, result.sourceLabels, locale)}${span}${via}`;
}

/** "1.5 % (Wachstum) — "1,5" — Wifo": the value and what it measures, the words read, and who gave it. */
export function figureLine(result: AnswerResult, locale: Locale = 'en'): string | null {
  if (!result.figure) return null;
  const measure = result.figure.measure ? ` (${result.figure.measure})` : '';
  const increment = result.figure.increment ? ` ${incrementNote(locale)}` : '';
  return `${figureValue(result.figure, locale)}${measure}${increment} — "${result.figure.text}" — ${creditLine(result, locale)}`;
}

/** How many were shown of how many. */
export function countLine(answer: Answer, locale: Locale = 'en'): string | null {
  const total = answer.total ?? answer.results.length;
  if (total === 0) return null;
  return total > answer.results.length
    ? messages(locale).answer.showing(formatNumber(answer.results.length, locale), formatNumber(total, locale))
    : null;
}

function quote(text: string): string {
  return `"${text}"`;
}
