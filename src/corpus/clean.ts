import {
  breadcrumbStep,
  bulletPrefixLength,
  hasInlineCredit,
  isBoxHeader,
  isBoxLine,
  isByline,
  isCode,
  isCreditLine,
  isEndMatter,
  isFactBoxHeader,
  isInlineBreadcrumb,
  isLabel,
  isSkipLink,
  isWidget,
  plainLine,
  stripGluedSection,
} from './furniture';
import { isSpaceCode } from '../text/char-classes';
import { splitLines } from './lines';
import { datelineDate } from './published-date';
import { splitSentences } from './sentences';

/** A kept block of reporting: a verbatim slice of the raw file. */
interface CleanBlock {
  text: string;
  heading: boolean;
}

export interface CleanedText {
  title: string;
  /** ISO date when the page header states a full date; null otherwise (a year is never guessed). */
  published: string | null;
  blocks: CleanBlock[];
}

/** Headline, kicker, date and breadcrumbs sit within the first lines of a page; rules about the header look only here. */
const HEADER_LINES = 15;
/** A caption is a line or two of text; anything longer attached to a credit is prose that happens to precede one. */
const MAX_CAPTION_LENGTH = 300;
/** Lines above a headline are captions, kickers, teasers of a line or two; a longer one is already the article. */
const MAX_PRE_HEADLINE_LENGTH = 200;
/** No furniture rule matches a line longer than this (captions, the longest, stop at MAX_CAPTION_LENGTH). */
const MAX_FURNITURE_LENGTH = 400;
/** A caption is its text plus, on many sites, the same text again as alt text: at most two lines above a credit. */
const MAX_CAPTION_LINES = 2;

interface Line {
  /** Verbatim content of the line: the raw slice without surrounding whitespace or bullet glyph. */
  content: string;
  /** `content` with runs of whitespace as one space: what the furniture rules read. */
  plain: string;
  /** Offsets of `content` in the raw text. */
  start: number;
  end: number;
  bullet: boolean;
  /** Lines separated by no blank line share a group. */
  group: number;
  /** Position among non-blank lines; -1 for blank lines. */
  rank: number;
  keep: boolean;
}

/**
 * Turns a scraped news page into title, publication date and blocks of reporting, dropping site furniture
 * (see furniture.ts). Every block is a verbatim slice of `raw`, so sentences split from it can be cited as-is.
 */
export function cleanScrapedText(raw: string): CleanedText {
  const lines = readLines(raw);
  cutEndMatter(lines);
  const published = dropLineFurniture(lines);
  dropBreadcrumbTrails(lines);
  dropDataBoxes(lines);
  const { title, fromHeadline } = takeTitle(lines);
  dropRepeats(lines, fromHeadline ? title : null);
  return { title, published, blocks: joinBlocks(raw, lines) };
}

function readLines(raw: string): Line[] {
  let group = 0;
  let rank = 0;
  return splitLines(raw).map((line): Line => {
    // Trimmed by bounds, one slice instead of three: the same whitespace as String.prototype.trim.
    const text = line.text;
    const bulletLength = bulletPrefixLength(text);
    let from = bulletLength;
    let to = text.length;
    while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    const content = text.slice(from, to);
    const start = line.start + from;
    if (content === '') {
      group++;
      return { content, plain: content, start, end: start, bullet: false, group, rank: -1, keep: false };
    }
    // Furniture rules only ever read short lines; a long one is reporting and is compared as written.
    const plain = content.length > MAX_FURNITURE_LENGTH ? content : plainLine(content);
    return {
      content,
      plain,
      start,
      end: start + content.length,
      bullet: bulletLength > 0,
      group,
      rank: rank++,
      keep: true,
    };
  });
}

const isReporting = (line: Line): boolean => line.content.length >= 80 && /[.!?…“"»)]$/u.test(line.content);

/** Drops everything from the first end-of-article marker on, once some reporting has been seen. */
function cutEndMatter(lines: Line[]): void {
  let seenReporting = false;
  let cut = false;
  for (const line of lines) {
    const marker = isEndMatter(line.plain);
    if (marker && seenReporting) cut = true;
    // A marker before any reporting (a header "Zur Startseite" link) cuts nothing but is still not reporting.
    if (cut || marker) line.keep = false;
    else if (!seenReporting && line.keep && isReporting(line)) seenReporting = true;
  }
}

/** Drops furniture recognisable from the line alone, and captions attached to a photo credit. Returns the header date. */
function dropLineFurniture(lines: Line[]): string | null {
  let published: string | null = null;
  lines.forEach((line, index) => {
    if (!line.keep) return;
    const date = datelineDate(line.plain);
    if (date !== null) {
      if (published === null && line.rank < HEADER_LINES) published = date;
      line.keep = false;
      return;
    }
    const credit = isCreditLine(line.plain) || hasInlineCredit(line.plain);
    if (credit) dropCaptionAbove(lines, index);
    if (
      credit ||
      isSkipLink(line.plain) ||
      isLabel(line.plain) ||
      isWidget(line.plain) ||
      isCode(line.plain) ||
      isInlineBreadcrumb(line.plain) ||
      isByline(line.plain)
    ) {
      line.keep = false;
    }
  });
  return published;
}

function dropCaptionAbove(lines: Line[], creditIndex: number): void {
  const group = lines[creditIndex]?.group;
  for (let i = creditIndex - 1; i >= Math.max(0, creditIndex - MAX_CAPTION_LINES); i--) {
    const line = lines[i];
    if (line === undefined || line.group !== group || line.content.length > MAX_CAPTION_LENGTH) return;
    line.keep = false;
  }
}

/** Drops numbered breadcrumb trails ("1. Startseite / 2. Politik") from the header or wherever they start at home. */
function dropBreadcrumbTrails(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const step = first?.keep ? breadcrumbStep(first.plain) : null;
    if (first === undefined || step === null || step.position !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length) {
      const line = lines[j];
      const next = line?.keep ? breadcrumbStep(line.plain) : null;
      if (line === undefined || next === null || next.position !== j - i + 1 || line.group !== first.group) break;
      j++;
    }
    const trail = j - i >= 2 || step.home;
    if (trail && (step.home || first.rank < HEADER_LINES)) for (const line of lines.slice(i, j)) line.keep = false;
    i = j;
  }
}

/** Drops fact boxes ("Details / Vorfall … / Ort …") and runs of three or more label–value lines. */
function dropDataBoxes(lines: Line[]): void {
  // A blank line starts the next group, so each group's lines are one run between blank lines: no map needed.
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end]?.rank !== -1) end++;
    const members = lines.slice(start, end);
    start = end + 1;
    const [head] = members;
    const factBox = head !== undefined && members.length >= 2 && isFactBoxHeader(head.plain);
    const dataBox = members.length >= 3 && members.every((line) => !line.bullet && isBoxLine(line.plain));
    if (factBox || dataBox) for (const line of members) line.keep = false;
  }
}

/** A headline: a few words at least, not a running sentence ending in a full stop. */
function isHeadline(line: Line): boolean {
  const text = line.plain;
  if (line.bullet || text.length < 10 || text.length > 300 || text.split(/\s+/u).length < 3) return false;
  if (breadcrumbStep(text) !== null) return false;
  return !/[.…,;:]$/u.test(text.replace(/[“”"»«’')\]]+$/u, ''));
}

/**
 * The first headline-like line of the header. The search stops at the first long paragraph: a page whose text
 * starts before any headline has none, and taking a later crosshead instead would drop that text as chrome.
 */
function findHeadline(kept: Line[]): Line | undefined {
  for (const line of kept) {
    if (line.rank >= HEADER_LINES || line.plain.length > MAX_PRE_HEADLINE_LENGTH) return undefined;
    if (isHeadline(line)) return line;
  }
  return undefined;
}

/**
 * Takes the headline out of the kept lines. What precedes it in the header is page chrome (image captions,
 * kickers), so it goes too. A section label glued to the headline ("NachrichtenNordkoreas …") is removed, using
 * the headline's clean repeat below it when the page has one.
 */
function takeTitle(lines: Line[]): { title: string; fromHeadline: boolean } {
  const kept = lines.filter((line) => line.keep);
  const headline = findHeadline(kept);
  if (headline === undefined) {
    const first = kept[0];
    // No headline: the first sentence stands in, and stays in the text too, so nothing is invented or lost.
    const title = first === undefined ? '' : (splitSentences(first.content)[0] ?? first.content);
    return { title, fromHeadline: false };
  }
  for (const line of kept) {
    line.keep = false;
    if (line === headline) break;
  }
  const repeat = kept
    .slice(kept.indexOf(headline) + 1, kept.indexOf(headline) + 4)
    .find((line) => line.plain !== headline.plain && headline.plain.endsWith(line.plain));
  const gluedToRepeat = repeat !== undefined && /^\p{L}+$/u.test(headline.plain.slice(0, -repeat.plain.length));
  return { title: gluedToRepeat ? repeat.plain : stripGluedSection(headline.plain), fromHeadline: true };
}

/** Drops repeated lines (the headline repeated as first body line, alt text repeated as caption): the first stays. */
function dropRepeats(lines: Line[], headline: string | null): void {
  // Repeats on scraped pages are copies (alt text and caption, headline and its repeat): compared as plain lines.
  // Looked up by length first, so a line is compared in full only with the few of the same length (and a string
  // comparison stops at the first difference), instead of building a key or hashing every paragraph.
  const seen = new Map<number, string[]>();
  if (headline !== null) rememberLine(seen, plainLine(headline));
  for (const line of lines) {
    if (line.keep && !rememberLine(seen, line.plain)) line.keep = false;
  }
}

/** Adds `plain` to the lines seen by length; false when the same line was seen before. */
function rememberLine(seen: Map<number, string[]>, plain: string): boolean {
  const same = seen.get(plain.length);
  if (same === undefined) {
    seen.set(plain.length, [plain]);
    return true;
  }
  if (same.includes(plain)) return false;
  same.push(plain);
  return true;
}

/**
 * Groups kept lines into blocks. Each line is its own block, except a hard-wrapped paragraph: a line that does not
 * end a sentence followed, without a blank line, by one starting in lower case continues the same paragraph.
 */
function joinBlocks(raw: string, lines: Line[]): CleanBlock[] {
  const spans: { start: number; end: number; lines: Line[] }[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (!line.keep) {
      // A dropped line in between (a credit, a label) ends the paragraph: a block must stay one verbatim slice.
      previous = undefined;
      continue;
    }
    const last = spans[spans.length - 1];
    const continues =
      last !== undefined &&
      previous !== undefined &&
      previous.group === line.group &&
      !line.bullet &&
      !/[.!?…:“"»]$/u.test(previous.content) &&
      /^[\p{Ll}\p{Nd}]/u.test(line.content);
    if (continues) {
      last.end = line.end;
      last.lines.push(line);
    } else {
      spans.push({ start: line.start, end: line.end, lines: [line] });
    }
    previous = line;
  }
  return spans.map((span) => {
    const text = raw.slice(span.start, span.end);
    const single = span.lines.length === 1 ? span.lines[0] : undefined;
    return { text, heading: single !== undefined && !single.bullet && isHeading(single.plain) };
  });
}

/** A crosshead: a short line that does not read as a sentence, or a summary box header. */
function isHeading(plain: string): boolean {
  if (isBoxHeader(plain)) return true;
  if (plain.length > 150) return false;
  const last = plain.replace(/[“”"»«’')\]]+$/u, '').slice(-1);
  if ('.…;,'.includes(last)) return false;
  // A short question or exclamation on its own line is a crosshead ("Wie geht es weiter?"); a long one is prose.
  if ('?!'.includes(last)) return plain.length <= 60;
  return true;
}
