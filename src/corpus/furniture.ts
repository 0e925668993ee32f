import { isSpaceCode } from '../text/char-classes';

/**
 * Site furniture of German news pages: the lines a scraper carries along that are not reporting. Each rule is a
 * pattern over one line (or a run of lines) shared by whole families of sites, never a string lifted from one file,
 * so the archive can grow without a rule per article.
 */

/**
 * Every predicate here takes a line as `plainLine` gives it: trimmed, runs of whitespace as one space.
 * Furniture lines are short, so the length is checked first; a long paragraph of reporting then costs only
 * a comparison, which matters when tens of thousands of articles are cleaned at start-up.
 */
export const plainLine = (line: string): string => {
  const text = line.trim();
  // Two cheap scans instead of one alternation: this runs on every line of every article at start-up.
  return OTHER_SPACE.test(text) || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
};
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const short = (line: string, max: number): boolean => line.length <= max;

/** Accessibility skip links at the top of a page: "zum Hauptinhalt", "Direkt zur Navigation". */
const SKIP_LINK =
  /^(?:direkt |springe |weiter )?(?:zum|zur|zu den) (?:hauptinhalt|inhalt|navigation|hauptnavigation|suche|menü|footer|kommentaren)$/iu;

export const isSkipLink = (line: string): boolean => short(line, 60) && SKIP_LINK.test(line);

/**
 * Lines after which a page shows only other articles, widgets and comments: everything from here on is dropped,
 * since teaser headlines of other stories must never be cited as this article's reporting.
 */
const END_MATTER =
  /^(?:zur(?:ück zur)? startseite|auch interessant|für sie ausgewählt|mehr zum thema|das könnte sie auch interessieren|(?:weitere|verwandte|ähnliche) (?:artikel|nachrichten|themen)|meistgelesen(?:e artikel)?|empfehlungen für sie|unsere empfehlungen|über (?:den autor|die autorin|die autoren))\s*:?$/iu;

export const isEndMatter = (line: string): boolean => short(line, 60) && END_MATTER.test(line);

/** Navigation labels, kickers and page controls that stand alone on a line. */
const LABELS = new Set([
  'politik',
  'ausland',
  'inland',
  'wirtschaft',
  'panorama',
  'sport',
  'kultur',
  'wissen',
  'gesundheit',
  'digital',
  'reise',
  'auto',
  'nachrichten',
  'news',
  'welt',
  'deutschland',
  'international',
  'regional',
  'lokal',
  'update',
  'ticker',
  'liveticker',
  'live',
  'eilmeldung',
  'breaking news',
  'exklusiv',
  'analyse',
  'kommentar',
  'meinung',
  'interview',
  'hintergrund',
  'faktencheck',
  'anzeige',
  'werbung',
  'plus',
  'premium',
  'abo',
  'podcast',
  'video',
  'videos',
  'bilder',
  'fotos',
  'galerie',
  'bildergalerie',
  'teilen',
  'merken',
  'drucken',
  'feedback',
  'kommentare',
  'kommentieren',
  'startseite',
  'home',
  'menü',
  'suche',
  'schließen',
  'newsletter',
  'stand',
  'aktualisiert',
  'quellen',
  'quelle',
  'lesen sie auch',
  'lesen sie mehr',
  'zum artikel',
  'mehr',
  'weiterlesen',
  'artikel anhören',
  'artikel hören',
  'artikel teilen',
  'diesen artikel teilen',
  'vorlesen',
  'audio',
  'mehr anzeigen',
  'alle anzeigen',
  'zurück',
  'weiter',
  'zum thema',
  'merkliste',
  'zur merkliste',
  'zur merkliste hinzufügen',
  'link kopieren',
  'abonnieren',
  'anmelden',
  'login',
  'registrieren',
  'mehr erfahren',
  'bild vergrößern',
  'vollbild',
  'player wird geladen',
  'video abspielen',
  'video starten',
  'video ansehen',
  'fotostrecke ansehen',
  // Share buttons, one per line.
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'e-mail',
  'email',
  'linkedin',
  'xing',
  'pinterest',
  'reddit',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
  'pocket',
  'messenger',
  'instagram',
  'tiktok',
  'youtube',
]);

/** A standalone section label, kicker or control ("Politik", "Update", "Stand:", "12 Kommentare", "3 Min. Lesezeit"). */
export function isLabel(line: string): boolean {
  if (!short(line, 40)) return false;
  const text = line.replace(/[:|]+$/u, '').toLowerCase();
  return LABELS.has(text) || /^\d+ (?:kommentare?|min\.?(?:uten)? lesezeit|min\.? lesen)$/u.test(text);
}

/**
 * Page widgets written as a line of their own: gallery counters ("Bild 3 von 12"), relative times ("vor 2 Stunden"),
 * calls to subscribe ("Jetzt kostenlos abonnieren"), inline links to other stories ("Lesen Sie auch: …"), player
 * times, paywall prompts, cookie banners and consent placeholders for embedded posts ("Externer Inhalt … Ich bin
 * damit einverstanden …").
 */
const WIDGET_PATTERNS = [
  /^(?:bild|foto|video)\s+\d+\s+(?:von|\/)\s+\d+$/iu,
  /^\d+\s*\/\s*\d+$/u,
  /^vor \d+ (?:sekunden|minuten|stunden|tagen|wochen)$/iu,
  /^jetzt\b.{0,40}\b(?:abonnieren|registrieren|anmelden|weiterlesen|testen|freischalten|abschließen)\b/iu,
  /^(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|zum thema|siehe auch|passend dazu|das könnte sie auch interessieren)\s*:\s*\S/iu,
  /^(?:empfohlener|externer) inhalt$/iu,
  // Media player times and durations: "02:34", "0:00 / 3:45", "2:34 min".
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*min\.?)?$/iu,
  // Paywall prompts.
  /^(?:weiterlesen|jetzt weiterlesen|mehr lesen|alles lesen) mit\b/iu,
  /^(?:dieser (?:artikel|beitrag|inhalt) ist (?:exklusiv |nur )?für (?:abonnent|plus|premium)|sie haben bereits ein (?:abo|abonnement|konto)|bereits abonnent)/iu,
  // Cookie banners.
  /^(?:alle )?(?:cookies? )?(?:akzeptieren|ablehnen)$/iu,
  /^(?:wir (?:verwenden|nutzen|setzen) cookies|cookie-einstellungen|datenschutz-?einstellungen)/iu,
];
// One alternation of all of them: a line is matched once rather than up to eleven times. Every pattern is anchored
// at the start and case-insensitive but one without letters, so one `iu` pattern answers exactly as the list does.
const WIDGETS = new RegExp(WIDGET_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'iu');
const EXTERNAL_CONTENT = /\bexterne[nrs]? inhalte?\b/iu;
const CONSENT =
  /\b(?:einverstanden|zustimm|akzeptier|einwillig|anzeigen lassen|angezeigt werden|inhalt laden|aktivieren sie)/iu;

export const isWidget = (line: string): boolean =>
  short(line, 250) &&
  (WIDGETS.test(line) || (line.includes('xtern') && EXTERNAL_CONTENT.test(line) && CONSENT.test(line)));

/** Home labels that open a breadcrumb trail. */
const HOME = /^(?:startseite|home|nachrichten|news|übersicht)$/iu;
/** A numbered breadcrumb item as scraped from an ordered list: "  1. Startseite". */
const NUMBERED_ITEM = /^\s*(\d{1,2})\.\s+(\S.*)$/u;
/** A breadcrumb on one line: "Startseite › Politik › Ausland". */
const INLINE_BREADCRUMB = /^(?:startseite|home)\s*[>›»/|]/iu;

export const isInlineBreadcrumb = (line: string): boolean => INLINE_BREADCRUMB.test(line);

/** The label of a numbered list item, when the item is short enough to be a breadcrumb step ("Politik"). */
export function breadcrumbStep(line: string): { position: number; label: string; home: boolean } | null {
  if (!short(line, 60)) return null;
  const match = NUMBERED_ITEM.exec(line);
  if (!match) return null;
  const label = match[2] ?? '';
  if (label.split(' ').length > 3 || /[.!?:;,]$/u.test(label)) return null;
  return { position: Number(match[1]), label, home: HOME.test(label) };
}

/**
 * Section names that sites glue to the headline when the breadcrumb and title are scraped without a space
 * ("NachrichtenNordkoreas Truppen …"). Only stripped when the next letter is a capital starting a new word.
 */
const GLUED_SECTION =
  /^(?:Nachrichten|News|Politik|Ausland|Inland|Wirtschaft|Panorama|Welt|Startseite|Home|Update|Liveticker|Ticker|Exklusiv)(?=\p{Lu}\p{Ll})/u;

/** The headline without a section label glued to its front, or the line unchanged. */
export function stripGluedSection(line: string): string {
  return line.replace(GLUED_SECTION, '');
}

/** Headers of fact boxes whose lines are label–value pairs ("Details / Vorfall … / Ursache … / Ort …"). */
const FACT_BOX =
  /^(?:details|fakten|faktenbox|steckbrief|info|infobox|auf einen blick|daten und fakten|zahlen und daten)$/iu;

export const isFactBoxHeader = (line: string): boolean => short(line, 40) && FACT_BOX.test(line);

/**
 * A line of a key–value box: short, no sentence punctuation. Three or more of these in a row, with no blank line,
 * are a data box rather than prose (prose lines end in punctuation; crossheads stand alone between blank lines).
 */
export const isBoxLine = (line: string): boolean => line.length > 0 && short(line, 80) && !/[.!?…:;“"»)]$/u.test(line);

/**
 * Paywall flags and script output that leak into scraped text: `showPaywall:`, `false`, `isPaid:`,
 * `console.debug({ … })`, stray braces and HTML tags.
 */
export function isCode(text: string): boolean {
  // Script starts with a keyword, identifier or bracket; German prose starts with a capital, digit or quote.
  if (/^[\p{Lu}\p{N}„“"»«‚]/u.test(text)) return false;
  return (
    /^(?:true|false|null|undefined)[,;]?$/u.test(text) ||
    /^[a-z_$][\w$]*:\s*(?:true|false|null|undefined|-?\d+(?:\.\d+)?|"[^"]*"|'[^']*')?[,;]?$/u.test(text) ||
    /^(?:console|window|document|dataLayer)\.\w+\s*\(/u.test(text) ||
    /^(?:var|let|const|function)\s+[\w$]+/u.test(text) ||
    /^[{}[\]();,]+$/u.test(text) ||
    /^<\/?[a-z][\w-]*(?:\s[^>]*)?>/iu.test(text)
  );
}

/** A photo credit line: "© Kristina Kormilitsyna/Pool …", "Bildquelle: © East News | STR", "Foto: dpa". */
const CREDIT_LINE =
  /^(?:©|\(c\)\s|copyright\b|(?:bildquelle|bildnachweis|bildrechte|foto|fotos|bild|bilder|credits?)\s*:)/iu;

export const isCreditLine = (line: string): boolean => CREDIT_LINE.test(line);

/**
 * A credit at the end of a caption ("… Region Kursk. © Screenshot X@AndySch64494719"): the © and a short
 * credit after it. A long tail after © is prose that happens to mention a copyright, not a credit.
 */
const INLINE_CREDIT = /\s©\s?[^©]{1,100}$/u;

export const hasInlineCredit = (line: string): boolean => {
  if (!short(line, 400)) return false;
  // The pattern's © stands at most 102 code units from the end (©, a space, 100 more), so only that tail is searched;
  // the pattern itself finds the last © in it.
  const at = line.indexOf('©', Math.max(0, line.length - INLINE_CREDIT_REACH));
  return at !== -1 && INLINE_CREDIT.test(line.slice(Math.max(0, at - 1)));
};
const INLINE_CREDIT_REACH = 102;

/** A byline: "Von Anna Schmidt", "Von Anna Schmidt und Jan Berg, Seoul", "Autor: Jan Berg". */
const BYLINE =
  /^(?:[Vv]on|[Aa]utor(?:in)?:|[Ee]in (?:Artikel|Beitrag|Kommentar) von)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|und|von|van|de|der|zu))*(?:\s*,\s*\p{Lu}[\p{L} -]*)?$/u;

export const isByline = (line: string): boolean => short(line, 80) && BYLINE.test(line);

/** A bullet glyph and its spacing at the start of a list item: "  • Das US-Außenministerium …". */
const BULLET_GLYPHS = '•·▪■►▸‣◦*–-';
const BULLET = new RegExp(`^\\s*[${BULLET_GLYPHS}]\\s+`, 'u');

/** Length of the bullet prefix of a list item, or 0 when the line is not a bullet item. */
export function bulletPrefixLength(line: string): number {
  // Asked of every line of every article: only a line whose first non-space character is a glyph can match.
  let first = 0;
  while (first < line.length && isSpaceCode(line.charCodeAt(first))) first++;
  if (first === line.length || !BULLET_GLYPHS.includes(line.charAt(first))) return 0;
  return BULLET.exec(line)?.[0].length ?? 0;
}

/** Box headers that introduce a summary list ("Was müssen Sie wissen?"): kept, as a heading. */
const BOX_HEADER =
  /^(?:was (?:müssen|sollten) sie wissen|das wichtigste(?: in kürze| im überblick)?|worum geht es|zusammenfassung|in kürze|kurz gesagt)\s*[?:]?$/iu;

export const isBoxHeader = (line: string): boolean => short(line, 60) && BOX_HEADER.test(line);
