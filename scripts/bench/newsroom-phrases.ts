import type { Lexicon, SourceEntry } from '../../src/lexicon/schema';

/**
 * The newsroom-specific words the synthetic articles are built around: who is credited, what is counted, where it
 * happens. They come from the real corpus's phrasing and from the lexicon, so /source and /figure queries hit the
 * synthetic archive as often as a real desk archive would, and the index can't win by never matching anything.
 */
export interface NewsroomPhrases {
  /** Openers that credit a source, in the real articles' own phrasing ("Laut Angaben des …"). */
  creditOpeners: string[];
  /** Trailers that credit a source after a statement (", berichtete …"). */
  creditTrailers: string[];
  /** Agencies in parenthesised bylines ("(AFP, dpa, Reuters)"). */
  agencies: string[];
  /** Nouns figures count ("Soldaten", "Geschosse", "US-Dollar"). */
  countedNouns: string[];
  places: string[];
  firstNames: string[];
  roles: string[];
  outlets: string[];
}

const BASE: NewsroomPhrases = {
  creditOpeners: [
    'Laut Angaben des südkoreanischen Geheimdienstes',
    'Nach Angaben des südkoreanischen Generalstabs',
    'Laut der südkoreanischen Militärführung',
    'Laut Seoul',
    'Nach Berichten aus Südkorea',
    'Berichten zufolge',
    'Laut Berichten',
    'Wie die Nachrichtenagentur Yonhap berichtet,',
    'Nach Angaben der staatlichen Nachrichtenagentur KCNA',
    'Wie das US-Außenministerium mitteilte,',
    'Nach Einschätzung des ukrainischen Geheimdienstes',
    'Das US-Pentagon schätzt, dass',
  ],
  creditTrailers: [
    'berichtete Nordkoreas staatliche Nachrichtenagentur KCNA',
    'berichtet die südkoreanische Nachrichtenagentur Yonhap',
    'schrieb ein Sprecher des Außenministeriums',
    'hieß es aus Kiew',
    'meldete die Nachrichtenagentur dpa',
    'teilte das russische Verteidigungsministerium mit',
    'sagte ein Sprecher der Nato',
    'berichtete der Fernsehsender KBS',
  ],
  agencies: ['dpa', 'AFP', 'Reuters', 'AP', 'KNA', 'epd', 'Yonhap', 'KCNA'],
  countedNouns: [
    'Soldaten',
    'Soldaten',
    'Soldaten',
    'Truppen',
    'Verluste',
    'Geschosse',
    'Artilleriegeschosse',
    'Raketen',
    'US-Dollar',
    'Euro',
    'Tote',
    'Verletzte',
    'Panzer',
    'Drohnen',
    'Flüchtlinge',
    'Kilometer',
    'Quadratkilometer',
    'Nordkorea-Soldaten',
    'Granaten',
    'Einwohner',
    'Menschen',
  ],
  places: [
    'Nordkorea',
    'Südkorea',
    'Russland',
    'der Ukraine',
    'Kursk',
    'Pjöngjang',
    'Seoul',
    'Moskau',
    'Kiew',
    'Berlin',
    'Brüssel',
    'Washington',
    'Peking',
    'Charkiw',
    'Odessa',
    'Cherson',
    'Saporischschja',
    'München',
    'Düsseldorf',
  ],
  firstNames: [
    'Jonas',
    'Lena',
    'Jürgen',
    'Björn',
    'Min-jun',
    'Ji-woo',
    'Oleksandr',
    'Dmitri',
    'Natalija',
    'Søren',
    'Anja',
    'Günther',
    'Käthe',
    'Hyun-woo',
    'Seo-yeon',
    'Taras',
    'Iryna',
    'Mehmet',
    'Zoë',
    'Ulrike',
  ],
  roles: [
    'der Verteidigungsminister',
    'ein Sprecher des Außenministeriums',
    'die Sicherheitsexpertin',
    'der Militärexperte',
    'der Generalstabschef',
    'die Abgeordnete',
    'der Botschafter',
    'die Regierungssprecherin',
    'der Analyst',
  ],
  outlets: [
    'Rheinische Abendpost',
    'Nordsee-Kurier',
    'Märkische Allgemeine Rundschau',
    'Südwest-Presse Online',
    'Frankfurter Tagesbote',
    'Bayerischer Landbote',
    'Hamburger Morgenblatt',
    'Weltspiegel Digital',
  ],
};

// Some people are filed under another kind (a general as 'military'); "Valery Gerasimov" still reads as a person.
const isPerson = (source: SourceEntry) =>
  source.kind === 'person' || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(source.name);

/**
 * The base phrases plus every source name and alias from the lexicon, so each lexicon source gets credited. People
 * are left out: the real articles name real people, and synthetic text crediting them thousands of times would bury
 * the real answers the benchmark checks; the synthetic people are invented instead.
 */
export function newsroomPhrases(lexicon: Lexicon | null): NewsroomPhrases {
  if (!lexicon) return BASE;
  const sourceNames = lexicon.sources.filter((s) => !isPerson(s)).flatMap((s) => [s.name, ...s.aliases]);
  return {
    ...BASE,
    creditOpeners: [...BASE.creditOpeners, ...sourceNames.map((name) => `Nach Angaben von ${name}`)],
    creditTrailers: [...BASE.creditTrailers, ...sourceNames.map((name) => `teilte ${name} mit`)],
  };
}
