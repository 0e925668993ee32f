/*
 * The words that tie a source to a sentence, as folded keys (see foldText). Data, not logic: extending coverage
 * means adding a word here.
 */

/** Verbs of saying: the source they bind to is quoted. Finite forms and participles. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'sagte', 'sagt', 'sagten', 'sagen', 'gesagt',
  'erklarte', 'erklart', 'erklarten', 'erklaren',
  'betonte', 'betont', 'betonten', 'betonen',
  'schrieb', 'schreibt', 'schrieben', 'geschrieben',
  'ausserte', 'aussert', 'ausserten', 'geaussert',
  'teilte', 'teilten', 'mitgeteilt',
  'warnte', 'warnt', 'warnten', 'warnen', 'gewarnt',
  'kritisierte', 'kritisiert', 'kritisierten', 'kritisieren',
  'bezeichnete', 'bezeichnet', 'bezeichneten',
  // Not "genannt": as a participle it names ("– genannt Lulinha –"), it does not report.
  'nannte', 'nennt', 'nannten',
  'behauptete', 'behauptet', 'behaupteten',
  'bestatigte', 'bestatigt', 'bestatigten', 'bestatigen',
  'dementierte', 'dementierten', 'dementiert', 'bestritt', 'bestritten', 'bestreitet',
  'verkundete', 'verkundet', 'verkundeten',
  'dankte', 'dankt', 'lobte', 'lobt', 'wurdigte', 'wurdigt', 'versprach', 'verspricht',
  'zitiert', 'spricht', 'sprach', 'hingewiesen', 'wies', 'verwies', 'anerkannt', 'erkannte',
  'kundigte', 'angekundigt', 'forderte', 'fordert', 'gefordert', 'drohte', 'droht', 'bekraftigte', 'bekraftigt',
  'verurteilte', 'verurteilt', 'unterstrich', 'fugte', 'hinzugefugt', 'meinte', 'meint', 'raumte', 'eingeraumt',
  'erganzte', 'erganzt', 'meinten', 'betonten', 'zeigte', 'klagte', 'beklagte', 'beklagt', 'monierte', 'moniert',
  'bemangelte', 'argumentierte', 'argumentiert', 'erinnerte', 'erinnert', 'verweist', 'begrundete', 'begrundet',
  'entgegnete', 'entgegnet', 'widersprach', 'widerspricht', 'antwortete', 'antwortet', 'glaubt', 'glaubte',
  'erwartet', 'erwartete', 'rechnet', 'rechnete', 'befurchtet', 'befurchtete', 'hofft', 'hoffte', 'vermutet',
  'vermutete', 'prognostiziert', 'prognostizierte', 'ankundigte', 'mitteilte', 'mitteilten', 'schilderte',
  'schildert', 'beschrieb', 'beschreibt', 'bekannte', 'gestand', 'appellierte', 'appelliert', 'mahnte', 'mahnt',
  'twitterte', 'verlautbarte', 'versicherte', 'versichert', 'forderten', 'sprachen', 'insistierte', 'unterstreicht',
  'stellte', 'stellt', 'hob', 'hebt', 'teilt', 'gab', 'gaben', 'gibt', 'rief', 'ruft', 'erlauterte', 'erlautert',
  'resumierte', 'bilanzierte', 'bilanziert', 'fugt', 'kundigt', 'raumt', 'versprochen', 'attestiert', 'attestierte',
  'beschied', 'ausgesagt', 'weiss', 'schlusselt', 'schlusselte', 'fuhrt', 'fuhrte', 'fuhrten', 'parierte', 'konterte', 'erwiderte', 'replizierte', 'warf', 'wirft', 'beschwerte', 'beschwert', 'hielt', 'halt', 'liess', 'lasst', 'kommentierte', 'kommentiert', 'gewarnt',
]);

/**
 * Verbs whose finite part reports only with its particle later in the clause: "gab … zu bedenken", "stellte …
 * klar", "teilte … mit". Without the particle they report nothing ("gab Geld aus", "stellte einen Antrag").
 */
export const SPLIT_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['gab', ['bedenken', 'bekannt', 'an']],
  ['gaben', ['bedenken', 'bekannt', 'an']],
  ['gibt', ['bedenken', 'bekannt', 'an']],
  ['stellte', ['klar', 'fest']],
  ['stellt', ['klar', 'fest']],
  ['hob', ['hervor']],
  ['hebt', ['hervor']],
  ['kundigte', ['an']],
  ['kundigt', ['an']],
  ['teilt', ['mit']],
  ['teilte', ['mit']],
  ['teilten', ['mit']],
  ['fugt', ['hinzu']],
  ['fugte', ['hinzu']],
  ['raumt', ['ein']],
  ['raumte', ['ein']],
  ['wies', ['hin', 'zuruck']],
  ['weist', ['hin', 'zuruck']],
  ['rief', ['auf']],
  ['ruft', ['auf']],
  ['sprach', ['aus', 'von']],
  ['sprachen', ['aus', 'von']],
  ['hielt', ['fest']],
  ['warf', ['vor']],
  ['fuhrt', ['zuruck']],
  ['schlusselt', ['auf']],
  ['schlusselte', ['auf']],
  ['fuhrte', ['zuruck']],
  ['fuhrten', ['zuruck']],
  ['wirft', ['vor']],
  ['halt', ['fest']],
  ['liess', ['verlauten', 'wissen']],
  ['lasst', ['verlauten', 'wissen']],
  ['zeigte', ['besorgt', 'zuversichtlich', 'uberzeugt', 'optimistisch', 'skeptisch', 'enttauscht', 'erfreut', 'zufrieden']],
]);

/**
 * Finite verbs in Konjunktiv I that no indicative form shares in the third person: a sentence in them with no cue
 * of its own carries on the reported speech of the sentence before.
 */
export const REPORTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'sei', 'seien', 'habe', 'konne', 'musse', 'solle', 'wolle', 'durfe', 'werde', 'gebe', 'liege', 'stehe', 'gehe',
  'komme', 'bleibe', 'brauche', 'fehle', 'zeige', 'wisse', 'gelte', 'verstosse', 'dominiere', 'obliege', 'bereite',
  'erfolge', 'handle', 'handele', 'lasse', 'mache', 'sehe', 'halte', 'plane', 'trage', 'folge', 'biete', 'laufe',
  'arbeite', 'drohe', 'reiche', 'betrage', 'belaufe', 'bestehe', 'entstehe', 'entspreche', 'gehore', 'hange',
  'verfuge', 'stelle', 'bedeute', 'erwarte', 'rechne', 'fordere', 'wolle', 'moge', 'versuche',
]);

/** Verbs of reporting and estimating: the source they bind to is the origin of the information. */
export const REPORT_VERBS: ReadonlySet<string> = new Set([
  'berichtete', 'berichtet', 'berichteten', 'berichten',
  'meldete', 'meldet', 'meldeten', 'melden', 'gemeldet', 'vermeldet', 'vermeldete',
  'schatzt', 'schatzte', 'schatzen', 'schatzten', 'geschatzt',
  'veroffentlichte', 'veroffentlicht', 'registrierte', 'registrierten', 'verzeichnete', 'hervorging', 'hervorgeht', 'hervorgingen', 'verlautete', 'verlautet', 'berechnet', 'berechnete', 'berechneten', 'ermittelte', 'ermittelten',
]);

/**
 * Phrases after which the source follows: "laut Seoul", "nach Angaben des …", "Nach Berichten aus Südkorea",
 * "Gemäß Berichten der ukrainischen Armee", "hieß es aus Kiew", "nach Ansicht des Wifo". ("in einem Interview mit
 * KBS" names whom the speaker told it, not who spoke: see channelAfter.)
 */
export const ORIGIN_BEFORE = byFirstWord([
  ['laut'],
  ['gemass'],
  ['nach', 'angaben'],
  ['nach', 'berichten'],
  ['nach', 'informationen'],
  ['nach', 'einschatzung'],
  ['nach', 'schatzungen'],
  ['nach', 'schatzung'],
  ['nach', 'berechnung'],
  ['nach', 'auskunft'],
  ['nach', 'darstellung'],
  ['hiess', 'es', 'aus'],
  ['hiess', 'es', 'von'],
  ['hiess', 'es', 'vom'],
  ['hiess', 'es', 'bei'],
  ['hiess', 'es', 'beim'],
  ['hiess', 'es', 'seitens'],
  ['hiess', 'es', 'in'],
  ['heisst', 'es', 'aus'],
  ['heisst', 'es', 'von'],
  ['heisst', 'es', 'vom'],
  ['heisst', 'es', 'bei'],
  ['heisst', 'es', 'in'],
  ['hiess', 'es', 'im'],
  ['hiess', 'es', 'auf'],
  ['heisst', 'es', 'auf'],
  ['heisst', 'es', 'im'],
  ['unter', 'berufung', 'auf'],
  ['nach', 'ansicht'],
  ['nach', 'meinung'],
  ['nach', 'auffassung'],
  ['nach', 'worten'],
  ['nach', 'den', 'worten'],
  ['nach', 'aussage'],
  ['nach', 'aussagen'],
  ['nach', 'eigenen', 'angaben'],
  ['eigenen', 'angaben', 'zufolge'],
  ['nach', 'berechnungen'],
  ['nach', 'zahlen'],
  ['nach', 'daten'],
]);

/** "Yonhap zufolge", "Angaben des Pentagons zufolge": the source comes right before. */
export const ORIGIN_AFTER: ReadonlySet<string> = new Set(['zufolge']);

/** Nouns that cite unnamed reports: "Berichten zufolge", "Laut Berichten", "Medienberichten zufolge". */
export const REPORT_NOUN = /(?:berichten|angaben|informationen|quellen|kreisen|meldungen|schatzungen|aussagen)$/;

/** Phrases indexed by their first word, so each word of a sentence is checked against a handful at most. */
function byFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  return map;
}

/** Prepositions: a source inside a prepositional phrase ("mit dem Sender KBS") is not the subject of a verb. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'mit', 'von', 'vom', 'bei', 'beim', 'zu', 'zum', 'zur', 'an', 'am', 'auf', 'aus', 'in', 'im', 'uber', 'fur', 'gegen',
  'zwischen', 'nach', 'durch', 'unter', 'vor', 'hinter', 'neben', 'ohne', 'um', 'wegen', 'trotz', 'seitens',
  'gegenuber', 'wahrend', 'innerhalb', 'ausserhalb', 'dank', 'samt',
]);

/** Lower-case words that look like inflected adjectives ("südkoreanische", "koreanischen", "offizieller"). */
export const ADJECTIVE_LIKE = /^[\p{Ll}][\p{L}-]*(?:e|en|er|es|em)$/u;

/** Every word that can start a cue: a sentence's other words are passed over with one set lookup each. */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...ORIGIN_BEFORE.keys(),
  ...ORIGIN_AFTER,
  ...SPEECH_VERBS,
  ...REPORT_VERBS,
  'davon',
  'so',
  'hiess',
  'heisst',
]);
