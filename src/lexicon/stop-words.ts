import { foldText } from '../text/fold';

/**
 * German function words: articles, pronouns, prepositions, conjunctions, auxiliaries and particles. Nearly every
 * sentence of an article has some, so a source alias made only of them would credit that source with other
 * people's sentences ("die" for KCNA). Names that merely contain one ("Die Welt") are fine. German only: aliases
 * are matched in the German article text, and an English word such as "who" is a real name there (WHO).
 */
const GERMAN_FUNCTION_WORDS = [
  // articles and their forms
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine',
  // pronouns
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'sich', 'mich', 'mir', 'dich', 'dir', 'uns', 'euch', 'ihm',
  'ihn', 'ihnen', 'ihre', 'ihrer', 'ihren', 'ihrem', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'dies', 'diese',
  'dieser', 'dieses', 'diesem', 'diesen', 'jene', 'jener', 'welche', 'welcher', 'was', 'wer', 'wen', 'wem', 'dessen',
  'deren',
  // prepositions and their contractions
  'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'bis', 'durch', 'für', 'gegen', 'in', 'im', 'ins', 'mit', 'nach',
  'ohne', 'seit', 'über', 'um', 'unter', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'laut', 'zufolge', 'wegen',
  // conjunctions and particles
  'und', 'oder', 'aber', 'denn', 'sondern', 'dass', 'ob', 'wenn', 'weil', 'als', 'wie', 'wo', 'so', 'da', 'auch',
  'noch', 'nur', 'schon', 'nicht', 'ja', 'nein', 'doch', 'hier', 'dort', 'dann', 'sehr',
  // auxiliaries and verbs of saying, which stand beside every credit
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'sei',
  'seien', 'kann', 'können', 'soll', 'sollen', 'sagte', 'sagt', 'hieß', 'heißt',
];

export const STOP_WORDS: ReadonlySet<string> = new Set(GERMAN_FUNCTION_WORDS.map(foldText));
