/*
 * Word classes that tell, without a list of the world's names, whether a phrase can name someone who speaks: the
 * nouns of roles and of institutions by their endings, the closed classes German capitalises at a sentence's start,
 * and the nouns that are never speakers. Data, not logic: extending coverage means adding a word here. Keys are
 * folded (see foldText): lower case, umlauts to the bare vowel, ß to ss.
 */

const ENDINGS = '(?:s|es|n|en|in|innen|e|er)?$';

function endingPattern(stems: readonly string[]): RegExp {
  return new RegExp(`(?:^|-|[a-z])(${stems.join('|')})${ENDINGS}`);
}

/** Nouns of a person's role ("Gewerkschaftschef", "Sozialminister", "Sprecherin"); compounds are covered. */
const ROLE_NOUN = endingPattern([
  'chef', 'minister', 'sprecher', 'prasident', 'kanzler', 'vizekanzler', 'experte', 'okonom', 'analyst', 'direktor',
  'leiter', 'vorsitzende', 'vorsitzender', 'obmann', 'obfrau', 'burgermeister', 'trainer', 'anwalt', 'anwaltin',
  'richter', 'forscher', 'wissenschafter', 'wissenschaftler', 'autor', 'abgeordnete', 'abgeordneter', 'politiker',
  'geschaftsfuhrer', 'vorstand', 'grunder', 'sekretar', 'generalsekretar', 'kommissar', 'botschafter', 'beauftragte',
  'beauftragter', 'funktionar', 'mitarbeiter', 'manager', 'intendant', 'regisseur', 'kurator', 'professor',
  'mediziner', 'arzt', 'arztin', 'virologe', 'epidemiologe', 'historiker', 'soziologe', 'politologe', 'jurist',
  'gouverneur', 'premier', 'premierminister', 'ministerprasident', 'landeshauptmann', 'landeshauptfrau', 'stadtrat',
  'stadtratin', 'landesrat', 'landesratin', 'staatssekretar', 'klubobmann', 'klubchef', 'parteichef', 'kandidat',
  'spitzenkandidat', 'senator', 'diplomat', 'offizier', 'general', 'kommandant', 'oberst', 'major', 'polizeisprecher',
  'ermittler', 'staatsanwalt', 'kapitan', 'spieler', 'sturmer', 'verteidiger', 'torhuter', 'coach', 'musiker',
  'sanger', 'schauspieler', 'kunstler', 'schriftsteller', 'journalist', 'reporter', 'korrespondent', 'chefredakteur',
  'herausgeber', 'eigentumer', 'investor', 'unternehmer', 'aktivist', 'ombudsmann', 'pfarrer', 'bischof', 'papst',
  'konig', 'konigin', 'furst', 'aussenminister', 'monarch', 'vertreter', 'sprecherin', 'vizeprasident',
  'machthaber', 'diktator', 'autokrat', 'generaldirektor', 'rektor', 'dekan', 'lehrer', 'studienautor', 'ceo',
  'vize', 'mutter', 'vater', 'sohn', 'tochter', 'bruder', 'schwester', 'ehefrau', 'ehemann', 'witwe', 'kollege', 'kollegin', 'moderator', 'moderatorin', 'rechtler', 'teamspieler', 'nationalspieler', 'stürmer', 'direktorin',
]);

/*
 * The patterns are long alternations, dear to run: a sentence's words get these answers once per spelling, as
 * role bits (see word-roles.ts), which PhraseReader reads.
 */

/** The role a role noun names, whatever its compound: "chef" for "Gewerkschaftschef" and "GPA-djp-Chef". */
export function roleStem(key: string): string | null {
  return ROLE_NOUN.exec(key)?.[1] ?? null;
}

/** A noun of a role: "Gewerkschaftschef", "Sozialminister", "Sprecherin". */
export function isRoleNoun(key: string): boolean {
  return ROLE_NOUN.test(key);
}

/** A noun of an institution, company, party, medium or body (INSTITUTION_NOUN). */
export function isInstitutionNoun(key: string): boolean {
  return INSTITUTION_NOUN.test(key);
}

/** Nouns of institutions, companies, parties, media and bodies ("Innenministerium", "Wirtschaftskammer"). */
const INSTITUTION_NOUN = endingPattern([
  'ministerium', 'regierung', 'amt', 'behorde', 'institut', 'verband', 'gewerkschaft', 'kammer', 'agentur',
  'nachrichtenagentur', 'polizei', 'gericht', 'gerichtshof', 'hof', 'bank', 'zentralbank', 'notenbank', 'konzern',
  'partei', 'kommission', 'rat', 'fonds', 'organisation', 'buro', 'zentrum', 'universitat', 'uni', 'stiftung',
  'verein', 'union', 'gruppe', 'unternehmen', 'firma', 'staatsanwaltschaft', 'armee', 'militar', 'streitkrafte',
  'geheimdienst', 'nachrichtendienst', 'dienst', 'sender', 'zeitung', 'tageszeitung', 'magazin', 'blatt', 'portal',
  'rundfunk', 'fernsehen', 'radio', 'plattform', 'netzwerk', 'bundesheer', 'feuerwehr', 'rettung', 'ministerrat',
  'parlament', 'senat', 'kongress', 'kreml', 'vatikan', 'opposition', 'koalition', 'fraktion', 'klub', 'liga',
  'verwaltung', 'stadtverwaltung', 'magistrat', 'landesregierung', 'bundesregierung', 'prasidium', 'vorstand',
  'aufsichtsrat', 'gremium', 'komitee', 'ausschuss', 'allianz', 'bundnis', 'verbund', 'akademie', 'klinik',
  'krankenhaus', 'spital', 'schule', 'hochschule', 'think-tank', 'denkfabrik', 'ngo', 'hilfsorganisation',
  'staatsanwaltschaft', 'ministerin', 'botschaft', 'konsulat', 'mission', 'vertretung', 'kanzleramt', 'fuhrung',
  'generalstab', 'leitung', 'direktion', 'seite', 'sekretariat', 'kanzlei', 'ressort', 'gesellschaft', 'gmbh', 'holding',
]);

/**
 * Institution nouns that name a different body in every country and are often written bare ("das
 * Außenministerium", "die Regierung"): bare, they name a speaker only when the article says whose it is.
 */
export const GENERIC_INSTITUTION = new RegExp(
  `^(?:${[
    'ministerium', 'aussenministerium', 'innenministerium', 'verteidigungsministerium', 'finanzministerium',
    'justizministerium', 'gesundheitsministerium', 'wirtschaftsministerium', 'regierung', 'geheimdienst',
    'nachrichtendienst', 'armee', 'militar', 'streitkrafte', 'nachrichtenagentur', 'staatliche', 'behorde',
    'behorden', 'militarfuhrung', 'staatsfuhrung', 'fuhrung', 'botschaft', 'opposition', 'prasidialamt', 'seite',
    'konzern', 'unternehmen', 'firma', 'verein', 'partei', 'gewerkschaft', 'bank', 'sender', 'zeitung', 'klub', 'club',
    'institut', 'verband', 'kammer', 'stadt', 'gemeinde', 'land',
  ].join('|')})(?:s|es|n|en)?$|behorden$|ministerium$|ministeriums$`,
);

/**
 * Generic institution nouns that stand for a body the article named ("der Glücksspielkonzern Novomatic", later
 * "der Konzern"), and unnamed plural authorities ("die Gesundheitsbehörden"): unresolved, they credit nobody, for
 * "Konzern" is no source a reader could look up.
 */
export const ANAPHORIC_INSTITUTION =
  /^(?:konzern|unternehmen|firma|verein|partei|gewerkschaft|bank|sender|zeitung|klub|club|institut|verband|kammer|stadt|gemeinde|land|behorde|seite|organisation)(?:s|es|n|en)?$|behorden$/;

/**
 * Nouns that name a report rather than who made it: "laut einer Studie des Wifo" credits the Wifo, "Berichten
 * zufolge" credits nobody.
 */
export const REPORT_HEAD = endingPattern([
  'studie', 'umfrage', 'bericht', 'aussendung', 'mitteilung', 'erhebung', 'prognose', 'schatzung', 'berechnung',
  'analyse', 'angabe', 'daten', 'zahl', 'statistik', 'index', 'auswertung', 'untersuchung', 'gutachten', 'meldung',
  'information', 'darstellung', 'aussage', 'erklarung', 'stellungnahme', 'interview', 'kreis', 'quelle', 'ansicht',
  'meinung', 'auffassung', 'einschatzung', 'sicht', 'wort', 'worten', 'presseaussendung', 'pressemitteilung',
  'aussendung', 'medienbericht', 'zeitungsbericht', 'bilanz', 'befragung', 'recherche', 'dokument', 'papier',
  'brief', 'schreiben', 'tweet', 'post', 'twitter', 'facebook', 'website', 'webseite', 'homepage', 'protokoll',
  'facebookseite', 'internetseite', 'twitterseite', 'onlineseite',
]);

/** Nouns that are never who speaks, even capitalised after a cue: times, places in time, quantities. */
export const NEVER_SPEAKER: ReadonlySet<string> = new Set([
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'jahr', 'jahre',
  'jahres', 'jahren', 'monat', 'monate', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'abend', 'morgen', 'fruh',
  'nacht', 'mittag', 'vormittag', 'nachmittag', 'ende', 'anfang', 'mitte', 'beginn', 'janner', 'januar', 'februar',
  'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'zeit', 'mal',
  'prozent', 'euro', 'dollar', 'millionen', 'milliarden', 'zahl', 'zahlen', 'anteil', 'menschen', 'leute', 'rande',
  'zuge', 'folge', 'schluss', 'weise', 'grund', 'fall', 'falle', 'sinne', 'namen', 'auftrag', 'hinblick',
  'experten', 'kritiker', 'beobachter', 'analysten', 'okonomen', 'forscher', 'beamte', 'beamten', 'insider',
  'diplomaten', 'medien', 'augenzeugen', 'zeugen', 'anwohner', 'bewohner', 'aktivisten', 'politiker',
  'gegner', 'befurworter', 'fans', 'nutzer', 'user', 'wahler', 'burger', 'bevolkerung', 'kunden', 'tausende',
  'hunderte', 'dutzende', 'sicherheitskrafte', 'sicherheitskraften', 'einsatzkrafte', 'einsatzkraften', 'helfer',
  'retter', 'polizisten', 'soldaten', 'angaben', 'mann', 'frau', 'kinder', 'leuten', 'teilnehmer', 'befragten',
]);

/**
 * Capitalised words that are not nouns: what German capitalises at a sentence's start (adverbs, conjunctions,
 * pronouns, articles), and the polite pronoun. A sentence-initial word from here never starts a name.
 */
export const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'auch', 'doch', 'dann', 'damals', 'heute', 'gestern', 'morgen', 'nun', 'jetzt', 'zudem', 'ausserdem', 'allerdings',
  'trotzdem', 'dennoch', 'bisher', 'zuletzt', 'erst', 'noch', 'schon', 'so', 'dies', 'diese', 'dieser', 'dieses',
  'diesem', 'diesen', 'das', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'hier', 'dort', 'daher', 'deshalb',
  'deswegen', 'somit', 'also', 'aber', 'und', 'oder', 'denn', 'weil', 'wenn', 'als', 'wie', 'was', 'wer', 'warum',
  'wo', 'ob', 'dass', 'nach', 'vor', 'bei', 'mit', 'in', 'im', 'am', 'zum', 'zur', 'fur', 'seit', 'laut', 'gegen',
  'ohne', 'unter', 'uber', 'bereits', 'vielmehr', 'immerhin', 'insgesamt', 'zwar', 'gleichzeitig', 'inzwischen',
  'mittlerweile', 'kunftig', 'ebenfalls', 'ebenso', 'jedoch', 'schliesslich', 'letztlich', 'offenbar', 'vermutlich',
  'wahrscheinlich', 'tatsachlich', 'zunachst', 'anschliessend', 'danach', 'spater', 'fruher', 'derzeit', 'aktuell',
  'demnach', 'dabei', 'damit', 'darauf', 'daruber', 'dazu', 'davon', 'dafur', 'dagegen', 'hingegen', 'andererseits',
  'einerseits', 'beispielsweise', 'besonders', 'gerade', 'selbst', 'sogar', 'nur', 'ganz', 'viele', 'einige', 'alle',
  'manche', 'mehrere', 'beide', 'jeder', 'jede', 'jedes', 'kein', 'keine', 'ein', 'eine', 'einer', 'der', 'die',
  'den', 'dem', 'des', 'sein', 'seine', 'ihre', 'unser', 'unsere', 'mein', 'meine', 'dein', 'euer', 'welche',
  'welcher', 'zwischen', 'wahrend', 'obwohl', 'nachdem', 'bevor', 'sobald', 'solange', 'zugleich', 'stattdessen',
  'zufolge', 'gemass', 'seitens', 'wegen', 'trotz', 'dank', 'ab', 'bis', 'von', 'vom', 'aus', 'auf', 'an', 'um',
  'durch', 'neben', 'hinter', 'angesichts', 'anders', 'vorerst', 'bislang', 'immer', 'oft', 'nie', 'niemand',
  'jemand', 'etwas', 'nichts', 'alles', 'vieles', 'wenige', 'weitere', 'andere', 'anderen', 'dafur', 'denen',
  'deren', 'dessen', 'wem', 'wen', 'weshalb', 'wieso', 'woher', 'wohin', 'sowohl', 'weder', 'entweder', 'zuvor',
  'kurz', 'lange', 'bald', 'wieder', 'erneut', 'weiter', 'mehr', 'weniger', 'rund', 'etwa', 'knapp', 'fast', 'fur',
  'ja', 'nein', 'sehr', 'eher', 'genau', 'klar', 'naturlich', 'sicher', 'vielleicht', 'wohl', 'mal', 'gut',
  'unklar', 'fraglich', 'wichtig', 'neu', 'neue', 'neuen', 'erste', 'ersten', 'zweite', 'letzte', 'letzten',
  'sie', 'ihnen', 'ihm', 'ihn', 'uns', 'mir', 'dir', 'sich', 'hinzu', 'hierzu', 'hierbei', 'darin', 'daraus',
  'insbesondere', 'vorab', 'laufend', 'derweil', 'unterdessen', 'indes', 'indessen', 'freilich', 'gleichwohl',
  'wahrenddessen', 'demnach', 'zweifelsohne', 'ubrigens', 'leider', 'hoffentlich',
]);

/** The pronouns that can stand for a speaker named before: "sagte er", "sie betonte". */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);

/** Lower-case words that join the parts of a person's name: "Ursula von der Leyen", "Alexander Van der Bellen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'de', 'den', 'zu', 'da', 'di', 'del', 'la', 'le']);

/** Articles and determiners that may open a speaker's phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
]);

/** Determiners that mark a dative: a phrase they open is who was spoken to, never who spoke. */
export const DATIVE_DETERMINERS: ReadonlySet<string> = new Set(['dem', 'einem']);

/** Genitive determiners: "Sprecher des Außenministeriums", "Chefin der Gewerkschaft". */
export const GENITIVE_DETERMINERS: ReadonlySet<string> = new Set(['des', 'der', 'eines', 'einer']);

/**
 * Names of countries and regions that end like German common nouns ("-ien" as in "Strategien", "-land" as in
 * "Ausland"): a closed list, so "Mazedonien hat nach eigenen Angaben …" and "Russland hat bestätigt" name speakers.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'russland', 'deutschland', 'finnland', 'griechenland', 'irland', 'island', 'estland', 'lettland', 'neuseeland',
  'thailand', 'schottland', 'england', 'gronland', 'saarland', 'burgenland', 'rheinland', 'niederlande', 'weissrussland',
  'polen', 'swasiland', 'lappland', 'friesland', 'holland',
  'albanien', 'algerien', 'armenien', 'asien', 'australien', 'belgien', 'bolivien', 'bosnien', 'brasilien',
  'bulgarien', 'georgien', 'grossbritannien', 'indien', 'indonesien', 'italien', 'jordanien', 'kalifornien',
  'kambodscha', 'kolumbien', 'kroatien', 'libyen', 'litauen', 'mauretanien', 'mazedonien', 'nigerien',
  'nordmazedonien', 'rumanien', 'saudi-arabien', 'serbien', 'slowenien', 'somalia', 'spanien', 'syrien',
  'tansania', 'tunesien', 'katalonien', 'andalusien', 'galicien', 'kantabrien', 'venezuela', 'slawonien',
  'dalmatien', 'bayern', 'kamerun', 'abessinien', 'arabien', 'anatolien', 'sizilien',
  'kenia', 'nigeria', 'liberien', 'sibirien', 'tschetschenien', 'inguschetien', 'ossetien', 'abchasien', 'kurdistan',
]);

/**
 * Names that take an article like a common noun: newspapers ("berichtete der Kurier") and groups and parties ("die
 * Taliban", "die Grünen"). Without the list, "der X" with no other sign is read as a common noun and never credited.
 */
export const NAMES_WITH_ARTICLE: ReadonlySet<string> = new Set([
  'kurier', 'standard', 'spiegel', 'presse', 'krone', 'falter', 'profil', 'guardian', 'figaro', 'monde', 'tagesspiegel',
  'stern', 'focus', 'sun', 'bild', 'kleine', 'tiroler', 'taliban', 'hisbollah', 'hamas', 'huthi', 'grunen', 'neos',
  'linke', 'linken', 'piraten', 'republikaner', 'demokraten', 'kurden',
]);

/** An abbreviation an article gives a body in parentheses: "BWB", "AMS", "GPA-djp". */
export const ABBREVIATION = /^[\p{Lu}][\p{L}-]{1,11}$/u;
