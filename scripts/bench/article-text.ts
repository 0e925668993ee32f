import type { Rng } from './prng';
import type { Vocabulary } from './german-words';
import type { NewsroomPhrases } from './newsroom-phrases';
import { figurePhrase, germanDate } from './german-numbers';

/**
 * One synthetic article as the scraper would have saved it: a title line, site furniture ("zum Hauptinhalt",
 * "© Foto/dpa", "Zur Startseite"), crossheads, and paragraphs of German sentences mixing common words, ranked
 * pseudo-words, compounds, figures with qualifiers, credited sources and „quotes“.
 */

const DETERMINERS = ['Die', 'Der', 'Das', 'Ein', 'Eine', 'Diese', 'Jede', 'Viele'];
const PREPOSITIONS = [
  'in',
  'an',
  'auf',
  'für',
  'über',
  'mit',
  'nach',
  'vor',
  'zwischen',
  'gegen',
  'durch',
  'bei',
  'unter',
  'seit',
  'während',
  'trotz',
  'wegen',
  'gemäß',
];
const ARTICLES_DATIVE = ['der', 'dem', 'den', 'einer', 'einem', 'ihren', 'seiner'];
const ADVERBS = [
  'bereits',
  'weiterhin',
  'erstmals',
  'zudem',
  'offenbar',
  'jedoch',
  'allerdings',
  'nun',
  'bislang',
  'zuvor',
  'demnach',
  'ebenfalls',
  'kürzlich',
  'außerdem',
  'tatsächlich',
  'möglicherweise',
  'vorerst',
  'offiziell',
];
const CONJUNCTIONS = ['und', 'oder', 'aber', 'sowie', 'denn', 'während', 'weil', 'dass', 'obwohl', 'nachdem'];
const COMMON_NOUNS = [
  'Regierung',
  'Einsatz',
  'Krieg',
  'Unterstützung',
  'Bevölkerung',
  'Behörden',
  'Verhandlungen',
  'Sanktionen',
  'Grenze',
  'Region',
  'Armee',
  'Streitkräfte',
  'Zusammenarbeit',
  'Lage',
  'Außenministerium',
  'Bündnis',
  'Wirtschaft',
  'Straße',
  'Größe',
  'Maßnahmen',
  'Gespräche',
  'Erklärung',
  'Beteiligung',
  'Führung',
  'Verbündeten',
  'Öffentlichkeit',
  'Überwachung',
  'Gefechte',
  'Angriffe',
  'Frieden',
  'Verträge',
  'Bürgermeister',
  'Haushalt',
  'Gemeinde',
  'Präsident',
];
const COMMON_ADJECTIVES = [
  'russischen',
  'ukrainischen',
  'nordkoreanischen',
  'südkoreanischen',
  'militärische',
  'internationale',
  'großen',
  'neuen',
  'weitere',
  'öffentliche',
  'strategische',
  'möglichen',
  'früheren',
  'heftigen',
  'diplomatischen',
  'wirtschaftlichen',
  'jüngsten',
  'größten',
];
const COMMON_VERBS = [
  'bestätigte',
  'berichtete',
  'erklärte',
  'kritisierte',
  'forderte',
  'unterstützt',
  'meldete',
  'warnte',
  'betonte',
  'verlangte',
  'plant',
  'äußerte',
  'gilt',
  'bleibt',
  'zeigte',
  'prüft',
  'verschärft',
  'beschloss',
];
const TIME_PHRASES = [
  'im vergangenen Herbst',
  'zu Beginn des Jahres',
  'seit August',
  'im Sommer',
  'in den vergangenen Wochen',
  'bis Ende des Jahres',
  'am Montag',
  'am Dienstag',
  'am Wochenende',
  'innerhalb eines Monats',
];
const FIGURE_VERBS = ['entsandt', 'geliefert', 'verloren', 'gezählt', 'bereitgestellt', 'gemeldet', 'verlegt'];
const SAID = ['sagte', 'erklärte', 'betonte'];
const LEADING_FURNITURE = ['zum Hauptinhalt', 'Update', 'Stand:', '  1. Startseite', '  2. Politik', 'Kommentare'];
const TRAILING_FURNITURE = ['Zur Startseite', 'Auch interessant', 'Kommentare', 'Mehr zum Thema', 'Für Sie ausgewählt'];

export interface GeneratedArticle {
  text: string;
  wordCount: number;
}

interface Writer {
  rng: Rng;
  vocabulary: Vocabulary;
  phrases: NewsroomPhrases;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function noun({ rng, vocabulary }: Writer): string {
  const roll = rng.next();
  if (roll < 0.35) return rng.pick(COMMON_NOUNS);
  if (roll < 0.43) return vocabulary.compound(rng);
  return vocabulary.word('noun', rng);
}

function adjective({ rng, vocabulary }: Writer): string {
  return rng.chance(0.45) ? rng.pick(COMMON_ADJECTIVES) : vocabulary.word('adjective', rng);
}

function verb({ rng, vocabulary }: Writer): string {
  return rng.chance(0.5) ? rng.pick(COMMON_VERBS) : vocabulary.word('verb', rng);
}

function person(w: Writer): string {
  return `${w.rng.pick(w.phrases.firstNames)} ${w.vocabulary.word('noun', w.rng)}`;
}

/** A plain clause without final punctuation: "Die strategische Braulung verschärft bereits mit der Lage". */
function clause(w: Writer): string {
  const { rng } = w;
  const parts = [rng.pick(DETERMINERS), adjective(w), noun(w), verb(w)];
  if (rng.chance(0.5)) parts.push(rng.pick(ADVERBS));
  parts.push(rng.pick(PREPOSITIONS), rng.pick(ARTICLES_DATIVE));
  if (rng.chance(0.4)) parts.push(adjective(w));
  parts.push(noun(w));
  if (rng.chance(0.3)) parts.push(rng.pick(w.phrases.places));
  return parts.join(' ');
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function statement(w: Writer): string {
  let sentence = clause(w);
  if (w.rng.chance(0.5)) sentence += `, ${w.rng.pick(CONJUNCTIONS)} ${lowerFirst(clause(w))}`;
  return `${sentence}.`;
}

function figureSentence(w: Writer): string {
  const { rng, phrases } = w;
  const counted = rng.chance(0.7) ? rng.pick(phrases.countedNouns) : noun(w);
  const figure = figurePhrase(counted, rng);
  const place = rng.pick(phrases.places);
  const verbed = rng.pick(FIGURE_VERBS);
  switch (rng.int(0, 2)) {
    case 0:
      return `${rng.pick(phrases.creditOpeners)} hat ${place} ${rng.pick(TIME_PHRASES)} ${figure} ${verbed}.`;
    case 1:
      return `${capitalize(place)} soll ${figure} ${verbed} haben, ${rng.pick(phrases.creditTrailers)}.`;
    default:
      return `Insgesamt wurden ${rng.pick(TIME_PHRASES)} ${figure} ${verbed}, ${rng.pick(SAID)} ${person(w)}.`;
  }
}

function quoteSentence(w: Writer): string {
  const quoted = clause(w);
  const speaker = w.rng.chance(0.5) ? person(w) : w.rng.pick(w.phrases.roles);
  return w.rng.chance(0.5) ? `„${quoted}“, sagte ${speaker}.` : `${capitalize(speaker)} erklärte: „${quoted}.“`;
}

function sentence(w: Writer): string {
  const roll = w.rng.next();
  if (roll < 0.15) return figureSentence(w);
  if (roll < 0.25) return quoteSentence(w);
  return statement(w);
}

function paragraph(w: Writer): string {
  const count = w.rng.int(2, 6);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(w));
  return sentences.join(' ');
}

function headline(w: Writer): string {
  return `${capitalize(noun(w))}: ${clause(w)}`;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Writes one article of 600–900 words. `dateline` puts the date into the text (as some scraped pages do) for
 * articles without a metadata file; `agencyByline` ends the last paragraph with "(AFP, dpa)".
 */
export function writeArticleText(
  w: Writer,
  options: { dateline: string | null; agencyByline: boolean },
): GeneratedArticle {
  const { rng } = w;
  const targetWords = rng.int(600, 900);
  const blocks: string[] = [];
  if (options.dateline) blocks.push(germanDate(options.dateline));
  blocks.push(headline(w));
  if (rng.chance(0.4)) blocks.push(rng.pick(LEADING_FURNITURE));
  if (rng.chance(0.3)) blocks.push(`© ${person(w)}/${rng.pick(w.phrases.agencies)}`);
  let words = 0;
  while (words < targetWords) {
    if (blocks.length > 3 && rng.chance(0.2)) blocks.push(headline(w));
    const text = paragraph(w);
    words += countWords(text);
    blocks.push(text);
  }
  if (options.agencyByline) {
    const agencies = [rng.pick(w.phrases.agencies), rng.pick(w.phrases.agencies)];
    blocks[blocks.length - 1] += ` (${[...new Set(agencies)].join(', ')})`;
  }
  if (rng.chance(0.6)) blocks.push(rng.pick(TRAILING_FURNITURE));
  const text = `${blocks.join('\n\n')}\n`;
  return { text, wordCount: countWords(text) };
}
