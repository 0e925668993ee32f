/**
 * German (and a few English) abbreviations whose final dot is not a sentence end. Written without the final dot,
 * inner dots kept for the unspaced spellings (`z.B.`); the spaced spelling (`z. B.`) is caught by the
 * single-letter rule in the splitter instead. Case matters: `Art.` is an abbreviation, `Art` is also a noun.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Common prose abbreviations.
  'z.B', 'u.a', 'd.h', 'v.a', 'o.ä', 'u.U', 'z.T', 'i.d.R', 's.o', 's.u', 'u.v.m', 'u.ä', 'o.g',
  'bzw', 'ca', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'bspw', 'sog', 'bzgl', 'zzgl', 'ebd', 'rd', 'usw', 'etc',
  'geb', 'gest', 'verh', 'ehem', 'stellv', 'Stellv', 'Hrsg', 'Anm', 'Tel', 'Str', 'Mitgl',
  // Quantities and counts.
  'Nr', 'Nrn', 'Mio', 'Mrd', 'Tsd', 'Mill', 'Std', 'Min', 'Jh', 'Jhd', 'Jhs',
  // Titles and forms of address.
  'Dr', 'Prof', 'Dipl', 'Ing', 'med', 'phil', 'rer', 'nat', 'jur', 'Hr', 'Hrn', 'Fr', 'St', 'Mr', 'Mrs', 'Ms',
  'Abg', 'Präs', 'Sen', 'Lt', 'Frhr',
  // Eras, months, weekdays (also in MAY_END_SENTENCE: "Jan" is a first name, "Mi" a word in names).
  'Chr', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  'Mo', 'Di', 'Mi', 'Do',
  // Languages and nationalities in glosses: "(russ. für …)".
  'engl', 'franz', 'dt', 'russ', 'ukr', 'lat', 'griech', 'korean', 'chin',
  // Companies.
  'Co', 'Inc', 'Ltd', 'Corp',
]);

/**
 * Abbreviations that also end sentences ("… Munition usw. Die Lage …"): these split only when a typical
 * sentence opener follows, so "etc. Die" splits but "Co. KG" does not.
 */
export const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  'usw', 'etc', 'Chr', 'Co', 'Inc', 'Ltd', 'Corp', 'u.v.m', 'u.ä',
  'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Mo', 'Di', 'Mi', 'Do',
]);

/** Abbreviations that are abbreviations only before a number (`Art. 5`, `Abs. 2`), since `Art` is also a noun. */
export const BEFORE_NUMBER_ONLY: ReadonlySet<string> = new Set(['Art', 'Abs', 'Bd', 'Kap', 'Ziff', 'Pkt', 'Abb', 'Tab']);

/**
 * Words that open German sentences but practically never follow an ordinal ("am 5. November", "der 2. Weltkrieg"),
 * so "stieg auf 12. Die Regierung …" still splits after the number.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen',
  'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen',
  'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man',
  'Doch', 'Aber', 'Auch', 'Dann', 'Damit', 'Denn', 'Deshalb', 'Daher', 'Darum', 'Trotzdem', 'Zudem',
  'Außerdem', 'Allerdings', 'Nun', 'Jetzt', 'Und', 'Oder', 'Bislang', 'Bisher', 'Zuvor', 'Später',
]);
