import type { WordColumns } from '../text/word-columns';
import { ADJECTIVE_LIKE } from './attribution-cues';
import {
  DETERMINERS,
  GENERIC_INSTITUTION,
  GENITIVE_DETERMINERS,
  NAME_PARTICLES,
  NEVER_SPEAKER,
  NAMES_WITH_ARTICLE,
  NOT_A_NOUN,
  PLACE_NAMES,
  REPORT_HEAD,
  SPEAKER_PRONOUNS,
  isRoleNoun,
  isInstitutionNoun,
} from './speaker-words';
import { INSTITUTION_NOUN, ROLE_NOUN } from './word-roles';

/**
 * What a phrase that may name a speaker is, by its construction:
 * - `name`: proper name(s) ("Wolfgang Katzian", "Statistik Austria", "Wifo", "AMS"), possibly after a role or an
 *   institution noun ("GPA-djp-Chef Wolfgang Katzian", "Nachrichtenagentur AFP");
 * - `role`: a role with no name ("der Gewerkschaftschef"), which only the article can resolve;
 * - `institution`: an institution noun with its qualifiers ("das italienische Außenministerium", "ein Sprecher des
 *   Innenministeriums"); `generic` when nothing says whose it is ("das Außenministerium");
 * - `pronoun`: "er", "sie".
 */
type PhraseForm = 'name' | 'role' | 'institution' | 'pronoun';

export interface SpeakerPhrase {
  /** First and last word of the phrase (the last may be inside a trailing "(SPÖ)"). */
  first: number;
  last: number;
  form: PhraseForm;
  /** First and last word of the proper name within the phrase, -1 when it has none. */
  nameFirst: number;
  nameLast: number;
  /** The role noun before a name, or the role itself ("GPA-djp-Chef", "Gewerkschaftschef"), as written. */
  role: string | null;
  /** The words in a trailing parenthesis ("SPÖ", "IHS"), as written. */
  aside: string | null;
  /** An institution phrase that says nothing about whose institution it is. */
  generic: boolean;
  /** The body a role speaks for, when a genitive names it ("Sprecher des italienischen Außenministeriums"). */
  owner: { first: number; last: number } | null;
  /** The name is only the part of word `nameFirst` before its hyphen ("Boku" in "Boku-Studie"). */
  prefix?: boolean;
}

const NONE: ReadonlySet<number> = new Set();

/** Particles that are articles: they continue a name ("von der Leyen") but never begin one. */
const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['der', 'den']);

/** Words inside a spelled-out name: "Zentrum für Luft- und Raumfahrt", "Organisation für das Verbot von …". */
const SPELLED_OUT_JOINS: ReadonlySet<string> = new Set([
  'fur',
  'und',
  'der',
  'die',
  'das',
  'des',
  'von',
  'vom',
  'zur',
  'zum',
  'gegen',
  'of',
  'and',
  'for',
  'the',
  'de',
]);

/** Words that close a company's or body's name rather than being one: "Bank Austria", "Erste Group". */
const NAME_TAILS: ReadonlySet<string> = new Set([
  'austria',
  'international',
  'group',
  'holding',
  'ag',
  'se',
  'gmbh',
  'europe',
  'europa',
  'deutschland',
  'schweiz',
  'osterreich',
  'global',
  'capital',
  'partners',
]);

/** Words that count a plural noun: "mehr Funktionen", "viele Experten" are no names. */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'mehr',
  'viele',
  'vielen',
  'wenige',
  'wenigen',
  'einige',
  'einigen',
  'keine',
  'alle',
  'allen',
  'andere',
  'anderen',
  'manche',
  'mehrere',
  'zahlreiche',
  'weitere',
  'beide',
  'beiden',
  'sogenannte',
  'sogenannten',
  'zwei',
  'drei',
  'vier',
  'funf',
  'zehn',
  'hundert',
  'tausende',
  'hunderte',
  'etliche',
  'sämtliche',
  'samtliche',
  'solche',
  'welche',
]);

/**
 * Endings of German common nouns ("Ankündigung", "Verfassung", "Kriminalität", "Gebot"): a lone capitalised word
 * with one is a noun, not a name.
 */
const COMMON_NOUN =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|ment|mente|ur|uren|chen|ik|iken|enz|anz|gebot|gesetz|recht|rechte|ling|linge|tum|tümer|sal|sale|ie|ien|age|agen|ise|isen|ose|osen|ere|eren|sten|isse|ehr|ahme|ahmen|gabe|gaben|lage|lagen|werk|werke|bild|bilder|punkt|punkte|zeug|zeuge|stoff|stoffe|preis|preise|wert|werte|plan|pläne|ziel|ziele|teil|teile|fall|fälle|markt|märkte|bereich|geld|platz|stand|gang|zug|satz|lauf|weg|wege|raum|haus|land|stadt|welt|krieg|kampf|frage|fragen|sache|seite|seiten|weise|zahl|zahlen|jahr|jahre|woche|tag|tage|zeit|art|form|kraft|kräfte|hilfe|lich|ische|ischen|lichen|liche)$/;

// Derivation endings of adjectives before their inflection ("russische", "ehemalige", "weiterer", "erste"): a
// capitalised first word without one before a name is a first name ("Werner", "Peter", "Dieter").
const ADJECTIVE_SUFFIX = /(?:isch|sch|lich|ig|bar|sam|haft|los|iv|ell|al|ant|ent|er|st|end|ch)(?:e|er|es|en|em)$/;
const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'hatte',
  'hatten',
  'habe',
  'haben',
  'werde',
  'werden',
  'wurde',
  'wurden',
  'ware',
  'waren',
  'seien',
  'sollen',
  'sollte',
  'sollten',
  'wollen',
  'wollte',
  'wollten',
  'konnen',
  'konnte',
  'konnten',
  'mussen',
  'musste',
  'mussten',
  'durfen',
  'durfte',
  'durften',
  'mochte',
  'mochten',
  'gehen',
  'gehe',
  'sagte',
  'sagten',
  'erklarte',
  'betonte',
  'meinte',
  'warnte',
  'aber',
  'oder',
  'wieder',
  'immer',
  'einen',
  'einem',
  'einer',
  'eines',
  'keine',
  'keinen',
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'dieses',
  'seine',
  'seiner',
  'seinen',
  'ihre',
  'ihrer',
  'ihren',
  'unsere',
  'jene',
  'jener',
  'wegen',
  'gegen',
  'neben',
  'unter',
  'uber',
  'hinter',
  'zwischen',
  'oben',
  'unten',
  'innen',
  'aussen',
  'gestern',
  'morgen',
  'seither',
  'daher',
  'ebenfalls',
  'jedoch',
  'zuletzt',
  'zuerst',
  'sofern',
  'statt',
  'sie',
  'wie',
  'die',
  'ohne',
  'bitte',
  'gerne',
  'heute',
  'alle',
  'beide',
  'nie',
  'schone',
  'ende',
]);

/** A capital letter, or a digit that begins a name ("3M"). */
function isCapitalised(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Two or more capitals at the start: "AMS", "APA", "AK-NÖ", "ÖVP", "GPA-djp". */
function isAcronym(surface: string): boolean {
  return /^[\p{Lu}]{2,}/u.test(surface) || /^[\p{Lu}][\p{Ll}]?[\p{Lu}]/u.test(surface);
}

export class PhraseReader {
  /**
   * @param named words a lexicon source's name covers: "die Ukrainer" is a speaker where the lexicon knows the
   *   word, though "der X" is otherwise read as a common noun.
   * @param roles the words' role bits (see word-roles.ts) when the survey worked them out; else the word classes
   *   are asked of each key.
   */
  constructor(
    readonly text: string,
    readonly words: WordColumns,
    private readonly named: ReadonlySet<number> = NONE,
    private readonly roles: ArrayLike<number> | null = null,
  ) {}

  /** Word i is a noun of a role (see isRoleNoun). */
  roleNoun(i: number): boolean {
    if (i < 0 || i >= this.words.count) return false;
    return this.roles === null ? isRoleNoun(this.words.keys[i]!) : (this.roles[i]! & ROLE_NOUN) !== 0;
  }

  /** Word i is a noun of an institution (see isInstitutionNoun). */
  institutionNoun(i: number): boolean {
    if (i < 0 || i >= this.words.count) return false;
    return this.roles === null ? isInstitutionNoun(this.words.keys[i]!) : (this.roles[i]! & INSTITUTION_NOUN) !== 0;
  }

  key(i: number): string {
    return i >= 0 && i < this.words.count ? this.words.keys[i]! : '';
  }

  surface(i: number): string {
    return i >= 0 && i < this.words.count ? this.text.slice(this.words.starts[i], this.words.ends[i]) : '';
  }

  /** The characters between word i-1 and word i. */
  gapBefore(i: number): string {
    if (i <= 0 || i >= this.words.count) return '';
    return this.text.slice(this.words.ends[i - 1], this.words.starts[i]);
  }

  /** Only white space between word i-1 and word i. */
  joined(i: number): boolean {
    return /^\s+$/.test(this.gapBefore(i));
  }

  capitalised(i: number): boolean {
    return i >= 0 && i < this.words.count && isCapitalised(this.text, this.words.starts[i]!);
  }

  /** Word i may be a noun or a name: capitalised, and not a capitalised adverb or pronoun opening the sentence. */
  nounLike(i: number): boolean {
    if (!this.capitalised(i)) return false;
    const key = this.key(i);
    if (/^\d/.test(key)) return false;
    if (NOT_A_NOUN.has(key) && (i === 0 || this.sentenceStartBefore(i) || key.length <= 3)) return false;
    return true;
  }

  /** Word i opens a sentence inside the sentence (after a colon, a dash or a quotation mark). */
  sentenceStartBefore(i: number): boolean {
    return i === 0 || /[:„“"»«–—]\s*$/.test(this.gapBefore(i));
  }

  /**
   * "Boku-Studie", "BWB-Bericht", "Wifo-Prognose": a report noun whose first part names who made it, as a phrase
   * naming that part; null when the first part is itself a common noun ("Regierungs-Studie", "Experten-Bericht").
   */
  prefixNameAt(i: number): SpeakerPhrase | null {
    const surface = this.surface(i);
    const hyphen = surface.indexOf('-');
    if (hyphen < 2 || !this.capitalised(i)) return null;
    const prefix = surface.slice(0, hyphen);
    const light = prefix.toLowerCase();
    if (/s$/.test(prefix) && !isAcronym(prefix)) return null;
    if (COMMON_NOUN.test(light) || NEVER_SPEAKER.has(light) || NOT_A_NOUN.has(light) || !/^\p{Lu}/u.test(prefix))
      return null;
    return {
      first: i,
      last: i,
      form: 'name',
      nameFirst: i,
      nameLast: i,
      role: null,
      aside: null,
      generic: false,
      owner: null,
      prefix: true,
    };
  }

  /**
   * Word i ends like a German common noun. Read from the spelling, not the key: the key folds "ue" to "u" for text
   * typed without umlauts, which would make "Hauer" end in "-ur", and "ä" to "a", which would make "Eurostat" end
   * in "-tät".
   */
  commonNoun(i: number): boolean {
    return COMMON_NOUN.test(this.surface(i).toLowerCase());
  }

  adjective(i: number): boolean {
    const key = this.key(i);
    return ADJECTIVE_LIKE.test(this.surface(i)) && !NOT_ADJECTIVES.has(key) && !DETERMINERS.has(key);
  }

  /**
   * The phrase whose head (its first capitalised word) is word `h`, with the adjectives right before it, or null
   * when the words from `h` cannot name a speaker.
   */
  /**
   * @param asSubject the phrase is the subject of a reporting verb in its own clause ("wie die Admira mitteilte"),
   *   where "der X" is a name rather than a common noun unless its ending says otherwise.
   */
  phraseAt(h: number, floor = 0, asSubject = false): SpeakerPhrase | null {
    // Only a capitalised word or a pronoun heads a phrase: most words are answered before the memo.
    if (!this.capitalised(h) && !SPEAKER_PRONOUNS.has(this.key(h))) return null;
    // A construction asks about the same words from several sides (phraseEndingAt tries eight heads per verb).
    const key = (h * 2048 + floor) * 2 + (asSubject ? 1 : 0);
    const known = this.phrases?.get(key);
    if (known !== undefined) return known;
    const phrase = this.readPhrase(h, floor, asSubject);
    (this.phrases ??= new Map()).set(key, phrase);
    return phrase;
  }

  /** Made when first asked: many readers never read a phrase. */
  private phrases: Map<number, SpeakerPhrase | null> | null = null;

  private readPhrase(h: number, floor: number, asSubject: boolean): SpeakerPhrase | null {
    const count = this.words.count;
    if (h < 0 || h >= count) return null;
    const key = this.key(h);
    if (SPEAKER_PRONOUNS.has(key) && !this.capitalisedMidSentence(h)) return pronounAt(h);
    if (!this.nounLike(h)) return null;
    // "Experten", "Forscher" name nobody, but "Forscher des IST Austria" speak for their institute.
    if (NEVER_SPEAKER.has(key) && !(this.roleNoun(h) && this.genitiveAfter(h))) return null;
    // "laut Studie" names a report; "Statistik Austria" is a name that starts like one.
    if (REPORT_HEAD.test(key) && !(this.joined(h + 1) && this.nounLike(h + 1) && !DETERMINERS.has(this.key(h + 1))))
      return null;
    // "Weiterer Nachwuchs", "Russische Behörden": at a sentence's start an adjective is capitalised too. Before a
    // name it is a first name that ends like one ("Werner Faymann", "Peter Hacker") and the name goes on.
    if (
      this.sentenceStartBefore(h) &&
      ADJECTIVE_LIKE.test(this.surface(h).toLowerCase()) &&
      this.nounLike(h + 1) &&
      this.joined(h + 1) &&
      !isAcronym(this.surface(h)) &&
      /(?:e|er|es|en)$/.test(key) &&
      !this.roleNoun(h) &&
      !this.institutionNoun(h)
    ) {
      const rest = this.phraseAt(h + 1, h + 1);
      if (!rest) return null;
      if (rest.form !== 'name') return { ...rest, first: h };
      if (ADJECTIVE_SUFFIX.test(key)) return null;
    }

    let first = h;
    while (first > floor && this.adjective(first - 1) && this.joined(first)) first -= 1;
    const determined = DETERMINERS.has(this.key(first - 1)) && this.joined(first);
    const qualified = first < h || /^[\p{Lu}]{2,}-/u.test(this.surface(h));

    const headSurface = this.surface(h);
    const role = this.roleNoun(h);
    const institution = !role && this.institutionNoun(h);
    const acronym = isAcronym(headSurface);
    const genitiveName = !role && !institution && !acronym && /s$/.test(key);

    // Names after the head: "GPA-djp-Chef Wolfgang Katzian", "Nachrichtenagentur AFP", "Statistik Austria".
    let last = h;
    let j = h + 1;
    while (j < count && this.joined(j)) {
      const nameWord = this.nounLike(j) || /^(?:al|el|ben|bin|abu|ibn)-/.test(this.key(j));
      // "Österreichs Haltung": a genitive name before a common noun qualifies it, it does not begin a longer name.
      const genitiveBeforeNoun = last === h && genitiveName && this.commonNoun(j);
      if (
        nameWord &&
        !genitiveBeforeNoun &&
        !NEVER_SPEAKER.has(this.key(j)) &&
        !REPORT_HEAD.test(this.key(j)) &&
        !this.quoteBefore(j)
      ) {
        last = j;
        j += 1;
        continue;
      }
      // "Ursula von der Leyen", "Mark van den Berg": particles after a first name. After two names the same words
      // say where someone works ("Paolo Ferri von der ESA", "Andreas Vana von der ORF-Unterhaltung"), and an
      // article never opens the particles ("University College London den Rückzug").
      let p = j;
      while (p < count && NAME_PARTICLES.has(this.key(p)) && !this.capitalised(p) && this.joined(p)) p += 1;
      const particles = this.text.slice(this.words.starts[j], p > j ? this.words.ends[p - 1] : this.words.starts[j]);
      // A lone "von" is a preposition far more often than a name ("Einsatz von Senfgas").
      const nameParticles = p > j && particles !== 'von' && !ARTICLE_PARTICLES.has(this.key(j));
      const firstNameOnly = role || institution ? last === h + 1 : last === h;
      if (
        nameParticles &&
        firstNameOnly &&
        p < count &&
        this.joined(p) &&
        this.nounLike(p) &&
        !isAcronym(this.surface(p)) &&
        !this.institutionNoun(p)
      ) {
        last = p;
        j = p + 1;
        continue;
      }
      break;
    }

    // "Nordkoreas staatliche Nachrichtenagentur KCNA", "Österreichs größte Bank": a genitive name qualifies the
    // phrase that follows it.
    if (last === h && !role && !institution && /s$/.test(key) && !acronym) {
      let noun = h + 1;
      while (this.adjective(noun) && this.joined(noun)) noun += 1;
      if (noun > h + 1 && this.joined(noun) && this.nounLike(noun)) {
        const rest = this.phraseAt(noun, h + 1);
        if (rest && rest.form !== 'pronoun') return { ...rest, first: h, generic: false };
      }
    }

    let nameFirst = -1;
    let nameLast = -1;
    let form: PhraseForm;
    // "Russlands Präsident Wladimir Putin", "Österreichs Finanzminister Hans Jörg Schelling": the name starts after
    // the last role or institution noun.
    let innerRole = -1;
    for (let i = h + 1; i < last; i++) if (this.roleNoun(i) || this.institutionNoun(i)) innerRole = i;
    if (last > h) {
      nameFirst = innerRole !== -1 ? innerRole + 1 : role || institution ? h + 1 : h;
      // "Bank Austria", "Erste Group": a word that only closes a company's name keeps the noun before it.
      if (institution && nameFirst === last && NAME_TAILS.has(this.key(last))) nameFirst = h;
      nameLast = last;
      form = 'name';
    } else if (role) {
      // A bare role needs its article ("der Gewerkschaftschef") or a genitive ("Vertreter der US-Regierung"); a
      // bare plural ("Experten") names nobody.
      if (!determined && !this.genitiveAfter(last)) return null;
      form = 'role';
    } else if (institution) {
      // "unter rund 4.000 Unternehmen": counted bodies are nobody in particular.
      if (QUANTIFIERS.has(this.key(first - 1)) || /^\d/.test(this.key(first - 1))) return null;
      form = 'institution';
    } else {
      // A bare common noun with an article ("der Bericht", "die Zahl") is no speaker; a bare capitalised word with
      // none is read as a name ("Katzian", "Wifo", "Eurostat"), unless it opens the sentence, where every word is
      // capitalised.
      const known = this.named.has(h) || (asSubject && !this.commonNoun(h) && !/(?:en|er|e)$/.test(key));
      if (determined && !acronym && !this.countryLike(key) && !NAMES_WITH_ARTICLE.has(key) && !known) return null;
      if (QUANTIFIERS.has(this.key(h - 1)) || /^\d/.test(this.key(h - 1))) return null;
      if (!acronym && !known && (first < h || (this.commonNoun(h) && !PLACE_NAMES.has(key)))) return null;
      nameFirst = h;
      nameLast = h;
      form = 'name';
    }

    if (form === 'name' || form === 'institution') {
      const spelled = this.spelledOutTo(last);
      if (spelled !== -1) {
        last = spelled;
        if (form === 'name') nameLast = spelled;
      }
    }

    let aside: string | null = null;
    const paren = this.asideAfter(last);
    if (paren) {
      aside = paren.text;
      last = paren.last;
    }

    let generic = false;
    let owner: { first: number; last: number } | null = null;
    if (form === 'role' || form === 'institution') {
      // "Sprecher des Außenministeriums", "Chefin der Gewerkschaft": the genitive says whose.
      const genitive = this.genitiveAfter(last);
      if (genitive) {
        last = genitive.last;
        // "des Distrikts Nord des Bundesstaates Illinois": a genitive of the genitive.
        const further = this.genitiveAfter(last);
        if (further) last = further.last;
        owner = { first: genitive.first, last };
        const genitiveKey = this.key(genitive.head);
        generic = GENERIC_INSTITUTION.test(genitiveKey) && !genitive.qualified && !further;
        if (form === 'role') form = 'institution';
        const named = role ? this.appositionAfter(this.complementEnd(last)) : null;
        if (named) {
          nameFirst = named.first;
          nameLast = named.last;
          last = named.last;
          form = 'name';
          generic = false;
          owner = null;
        }
      } else if (form === 'institution') {
        const place = this.placeAfter(last);
        if (place !== -1) last = place;
        generic = GENERIC_INSTITUTION.test(key) && !qualified && place === -1 && (aside === null || !isAcronym(aside));
      }
    }
    return {
      first,
      last,
      form,
      nameFirst,
      nameLast,
      role: innerRole !== -1 && this.roleNoun(innerRole) ? this.surface(innerRole) : role ? headSurface : null,
      aside,
      generic,
      owner,
    };
  }

  /** "die Ukraine", "die Türkei", "die USA": a country may take an article and still be a name. */
  private countryLike(key: string): boolean {
    return /(?:ei|ine|usa|schweiz)$/.test(key) && !isInstitutionNoun(key);
  }

  private capitalisedMidSentence(i: number): boolean {
    return i > 0 && this.capitalised(i) && !this.sentenceStartBefore(i);
  }

  private quoteBefore(i: number): boolean {
    return /[„“"»«]/.test(this.gapBefore(i));
  }

  /** A parenthesis of one to three words right after word `last`: "(SPÖ)", "(IHS)", "(Grüne)". */
  private asideAfter(last: number): { text: string; last: number } | null {
    const after = this.text.slice(this.words.ends[last], this.words.ends[last]! + 60);
    const match = /^\s*\(([^()]{1,40})\)/.exec(after);
    if (!match) return null;
    const inner = match[1]!.trim();
    if (inner.split(/\s+/).length > 3 || /\d{3}/.test(inner)) return null;
    const closeAt = this.words.ends[last]! + match[0].length;
    let end = last;
    while (end + 1 < this.words.count && this.words.ends[end + 1]! <= closeAt) end += 1;
    return end > last ? { text: inner, last: end } : null;
  }

  /**
   * "Deutsches Zentrum für Luft- und Raumfahrt (DLR)", "Bundesamt für Migration und Flüchtlinge (BAMF)": a name
   * runs on over "für", "und" and capitalised words when an abbreviation in parentheses closes it. The last word of
   * the run, or -1.
   */
  private spelledOutTo(last: number): number {
    // Only a body's name runs on like this; "Christian Hilbe vom Institute … (IST)" is a person and where they work.
    let body = false;
    for (let i = Math.max(0, last - 3); i <= last; i++) if (this.institutionNoun(i) && this.capitalised(i)) body = true;
    if (!body) return -1;
    let end = last;
    for (let j = last + 1; j < this.words.count && j <= last + 7 && /^-?\s+$/.test(this.gapBefore(j)); j++) {
      if (!SPELLED_OUT_JOINS.has(this.key(j)) && !this.nounLike(j)) break;
      end = j;
      const paren = /^\s*\(([^()\s]{2,12})(?:\s[^()]{1,20})?\)/.exec(this.text.slice(this.words.ends[j]));
      if (paren && isAcronym(paren[1]!) && j > last + 1) return end;
    }
    return -1;
  }

  /**
   * The last word of what may stand between a role's genitive and the apposition naming its holder: an
   * abbreviation ("der Chef der Internet-Polizei (IIP), Kamal Hadiafar") and a "für" phrase ("der Sprecher des
   * Krisenstabes für die Flüchtlingskrise, Giorgos Kyritsis").
   */
  private complementEnd(last: number): number {
    let end = this.asideAfter(last)?.last ?? last;
    if (this.key(end + 1) === 'fur' && this.joined(end + 1)) {
      let i = end + 2;
      while (i < this.words.count && this.joined(i) && (DETERMINERS.has(this.key(i)) || this.adjective(i))) i += 1;
      if (this.nounLike(i) && this.joined(i)) end = i;
    }
    return end;
  }

  /** ", Martha Oberndorfer," right after word `last`: two or three capitalised words closed by a comma or the end. */
  private appositionAfter(last: number): { first: number; last: number } | null {
    if (!/^\)?,\s+$/.test(this.gapBefore(last + 1))) return null;
    let end = last + 1;
    while (end + 1 < this.words.count && this.joined(end + 1) && this.nounLike(end + 1)) end += 1;
    const size = end - last;
    if (!this.nounLike(last + 1) || size < 2 || size > 3) return null;
    const after = end + 1 < this.words.count ? this.gapBefore(end + 1) : this.text.slice(this.words.ends[end]);
    if (!/^[,.]/.test(after.trim() || '.')) return null;
    // First names may end like common nouns ("Wolfgang"); the surname that closes the apposition may not.
    if (this.commonNoun(end)) return null;
    for (let i = last + 1; i <= end; i++) if (this.roleNoun(i) || this.institutionNoun(i)) return null;
    return { first: last + 1, last: end };
  }

  /** "in Kabul" right after word `last`: says whose institution it is ("das Verteidigungsministerium in Kabul"). */
  private placeAfter(last: number): number {
    if (this.key(last + 1) !== 'in' || !this.joined(last + 1) || !this.joined(last + 2)) return -1;
    const place = last + 2;
    return this.nounLike(place) && !DETERMINERS.has(this.key(place)) ? place : -1;
  }

  /** "des Außenministeriums", "der Gewerkschaft GPA-djp", "des US-Außenministeriums" right after word `last`. */
  private genitiveAfter(last: number): { first: number; head: number; last: number; qualified: boolean } | null {
    let i = last + 1;
    if (!GENITIVE_DETERMINERS.has(this.key(i)) || !this.joined(i)) return null;
    i += 1;
    const first = i;
    let qualified = false;
    while (this.adjective(i) && this.joined(i)) {
      qualified = true;
      i += 1;
    }
    if (!this.nounLike(i) || !this.joined(i)) return null;
    const head = i;
    if (/^[\p{Lu}]{2,}-/u.test(this.surface(head))) qualified = true;
    let end = head;
    while (
      end + 1 < this.words.count &&
      this.joined(end + 1) &&
      this.nounLike(end + 1) &&
      !NEVER_SPEAKER.has(this.key(end + 1))
    ) {
      end += 1;
      qualified = true;
    }
    const spelled = this.spelledOutTo(end);
    if (spelled !== -1) {
      end = spelled;
      qualified = true;
    }
    return { first, head, last: end, qualified };
  }
}

/** The verbatim words of a phrase, with the closing parenthesis of an aside it ends in. */
export function phraseText(
  reader: PhraseReader,
  phrase: Pick<SpeakerPhrase, 'first' | 'last'>,
): { text: string; start: number } {
  const start = reader.words.starts[phrase.first]!;
  let end = reader.words.ends[phrase.last]!;
  if (reader.text.charAt(end) === ')' && reader.text.lastIndexOf('(', end) >= start) end += 1;
  return { text: reader.text.slice(start, end), start };
}

/** A pronoun as a speaker phrase ("sagte er"): one word, no name, role or owner. */
export function pronounAt(k: number): SpeakerPhrase {
  return {
    first: k,
    last: k,
    form: 'pronoun',
    nameFirst: -1,
    nameLast: -1,
    role: null,
    aside: null,
    generic: false,
    owner: null,
  };
}
