import type { CompiledLexicon } from '../lexicon/compile-lexicon';
import { inflectionKey } from '../lexicon/match-key';
import { matchSources, type SourceMatch } from '../lexicon/match-sources';
import { sentenceWords } from '../text/sentence-words';
import type { WordColumns } from '../text/word-columns';
import { foldText } from '../text/fold';
import { continuationWord, refersToDocument } from './continuation';
import { coreLast, discoveredId, foldRole, looksLikePersonName, roleWord, SPOKESPERSON, textOf } from './speaker-names';
import { readSpeakers, type SentenceSpeaker } from './read-speakers';
import { PhraseReader, type SpeakerPhrase } from './speaker-phrase';
import { ABBREVIATION, ANAPHORIC_INSTITUTION, DETERMINERS, roleStem } from './speaker-words';
import type { AttributionKind } from './types';
import { NAME } from './word-roles';

/** A source credited in one sentence, resolved within its article. */
export interface Credit {
  /** A lexicon source id, or a discovered source's id (see discoveredId). */
  source: string;
  /** The name to show: the lexicon's, or the name as the article gives it in full. */
  name: string;
  kind: AttributionKind;
  /** The verbatim words the credit was read from, and their offset in the sentence. */
  mention: string;
  start: number;
  /** Whom the speaker told it ("APA", "der Nachrichtenagentur AFP"), when the sentence says. */
  via: string | null;
  /** Role and party as the article gives them ("GPA-djp-Chef, SPÖ"). */
  about: string | null;
  /** Read as a person rather than a body (a role, or a first name and surname). */
  person: boolean;
}

export interface ResolvedSentence {
  readonly credits: readonly Credit[];
  /** The sentence cites unnamed reports: its figures have no source, and none may be lent to them. */
  readonly anonymous: boolean;
}

/** The words of a sentence as the survey read them (see surveySentence). */
export interface SurveyedWords {
  readonly words: WordColumns;
  /** Whether readSpeakers may find a speaker (a cue, a quotation after a colon, a credit line). */
  readonly mayCite: boolean;
  /** Whether some word may start a lexicon name (see mayStartSourceName). */
  readonly mayName: boolean;
  readonly roles: ArrayLike<number>;
}

interface KeptWords {
  words: WordColumns;
  roles: number[];
}

/**
 * A copy of what the survey read: it reuses its columns for the next sentence. In plain arrays, which are far
 * cheaper to make than typed arrays at one set per sentence.
 */
function keptWords(surveyed: SurveyedWords): KeptWords {
  const { count, keys, starts, ends } = surveyed.words;
  const kept = { count, keys: keys.slice(0, count), starts: [] as number[], ends: [] as number[] };
  const roles: number[] = [];
  for (let i = 0; i < count; i++) {
    kept.starts.push(starts[i]!);
    kept.ends.push(ends[i]!);
    roles.push(surveyed.roles[i]!);
  }
  return { words: kept, roles };
}

/** What a sentence's reading says of a credit before the article resolves whom it names. */
type CreditBase = Pick<Credit, 'kind' | 'mention' | 'start' | 'via'>;

/**
 * A credit of `base` resolved to a source. Written out, not spread: a spread costs more than reading the sentence
 * (see DESIGN.md, "Measurements behind the code").
 */
function resolvedCredit(base: CreditBase, source: string, name: string, about: string | null, person: boolean): Credit {
  return { source, name, kind: base.kind, mention: base.mention, start: base.start, via: base.via, about, person };
}

const CREDIT_KINDS = new Set(['agency', 'media']);
const NOTHING: ResolvedSentence = { credits: [], anonymous: false };

/** Roles only a woman holds: feminine endings and nouns. */
const FEMININE_ROLE = /(?:in|innen|mutter|frau|tochter|schwester|witwe|oma|grossmutter)$/;

/** How many sentences back a pronoun may reach for the person it stands for. */
const PRONOUN_REACH = 3;

interface Person {
  source: string;
  name: string;
  surnameKey: string;
  roleKey: string | null;
  about: string | null;
}

/**
 * Reads an article's sentences in order and resolves who each credits: a lexicon source where the words name one
 * (a generic phrasing only once the article has named it otherwise), else the entity the text names. A surname
 * takes the full name the article introduced, a role ("der Gewerkschaftschef") the one person the article gave that
 * role, a pronoun the one person credited just before when nobody else has been, a sentence in Konjunktiv I with no
 * cue of its own the single speaker of the sentence before. Whatever cannot be resolved beyond doubt is no credit.
 */
export class ArticleSpeakers {
  private readonly earlier: string[] = [];
  /** Each earlier sentence's words and roles, as its survey read them: a role or surname asks about them again. */
  private readonly kept: KeptWords[] = [];
  /** Readers of earlier sentences, made when first looked back at: most sentences never are. */
  private readonly readers: (PhraseReader | undefined)[] = [];
  /** How many earlier sentences personWithRole has read for people given a role. */
  private rolesReadUpTo = 0;
  private readonly people: Person[] = [];
  private readonly namedLexicon = new Set<string>();
  /** Bodies (not people) credited so far, for a later bare "das Ministerium", "die Behörde". */
  private readonly bodies: Credit[] = [];
  /** Abbreviations the article gave a credited body ("BWB" for "Bundeswettbewerbsbehörde (BWB)"). */
  private readonly abbreviations = new Map<string, Credit>();
  private lastBody: { credit: Credit; at: number } | null = null;
  /** The people credited so far, with the sentence each was last credited in. */
  private readonly creditedPeople = new Map<string, number>();
  /** The sources the latest crediting sentence credited (agency credit lines aside), and its index. */
  private previous: readonly Credit[] = [];
  private previousAt = -10;
  private readonly surnames = new Map<string, Person | null>();

  constructor(private readonly lexicon: CompiledLexicon) {}

  /** The next sentence of the article, surveyed; sentences must come in reading order. */
  read(sentence: string, surveyed: SurveyedWords): ResolvedSentence {
    const index = this.earlier.length;
    const result = this.resolve(sentence, surveyed, index);
    this.earlier.push(sentence);
    this.kept.push(keptWords(surveyed));
    const spoken = result.credits.filter((c) => c.kind !== 'credited');
    for (const c of spoken)
      if (c.kind === 'continued' && !c.person && this.lastBody?.credit.source === c.source)
        this.lastBody = { credit: c, at: index };
    if (spoken.length > 0 || result.anonymous) {
      this.previous = spoken;
      this.previousAt = index;
    }
    return result;
  }

  private resolve(sentence: string, surveyed: SurveyedWords, index: number): ResolvedSentence {
    const { words } = surveyed;
    const matches = surveyed.mayName ? matchSources(sentence, words, this.lexicon, surveyed.roles, NAME) : [];
    for (const m of matches) if (!m.generic) this.namedLexicon.add(m.sourceId);
    if (!surveyed.mayCite) return this.continued(sentence, words, index, false, false) ?? NOTHING;

    const named = matches.length === 0 ? undefined : new Set<number>();
    for (const m of matches) for (let i = m.first; i <= m.last; i++) named?.add(i);
    const reader = new PhraseReader(sentence, words, named, surveyed.roles);
    const reading = readSpeakers(reader, surveyed.roles);
    const credits: Credit[] = [];
    for (const speaker of reading.speakers) {
      const credit = this.credit(reader, speaker, matches, index);
      if (credit && !credits.some((c) => c.source === credit.source)) credits.push(credit);
    }
    for (const credit of this.creditLine(reader, matches)) {
      if (!credits.some((c) => c.source === credit.source)) credits.push(credit);
    }
    if (credits.length === 0 && !reading.anonymous && reading.speakers.length === 0) {
      const continued = this.continued(sentence, words, index, reading.refersBack, reading.cued);
      if (continued) return continued;
    }
    for (const c of credits) {
      if (!c.person && c.kind !== 'credited') {
        if (!this.bodies.some((b) => b.source === c.source)) this.bodies.push(c);
        this.lastBody = { credit: c, at: index };
      }
      if (c.person) {
        this.creditedPeople.set(c.source, index);
      }
    }
    return credits.length === 0 && !reading.anonymous ? NOTHING : { credits, anonymous: reading.anonymous };
  }

  /**
   * The credit of a speaker phrase, with the article's abbreviations kept: after "die Bundeswettbewerbsbehörde
   * (BWB)", a later "BWB" or "BWB-Bericht" is the same source.
   */
  private credit(reader: PhraseReader, speaker: SentenceSpeaker, matches: SourceMatch[], index: number): Credit | null {
    const credit = this.creditOf(reader, speaker, matches, index);
    if (!credit || credit.person) return credit;
    const p = speaker.phrase;
    if (p.aside !== null && ABBREVIATION.test(p.aside) && /[\p{Lu}].*[\p{Lu}]/u.test(p.aside)) {
      if (!this.abbreviations.has(p.aside)) this.abbreviations.set(p.aside, credit);
      return credit.about === null ? resolvedCredit(credit, credit.source, credit.name, p.aside, false) : credit;
    }
    const word = p.prefix
      ? credit.name
      : p.nameFirst >= 0 && p.nameFirst === p.nameLast
        ? reader.surface(p.nameFirst)
        : null;
    const spelled = word === null ? undefined : this.abbreviations.get(word);
    return spelled ? resolvedCredit(credit, spelled.source, spelled.name, spelled.about ?? word, false) : credit;
  }

  private creditOf(
    reader: PhraseReader,
    speaker: SentenceSpeaker,
    matches: SourceMatch[],
    index: number,
  ): Credit | null {
    const p = speaker.phrase;
    const base: CreditBase = { kind: speaker.kind, mention: speaker.mention, start: speaker.start, via: speaker.via };
    const linked = this.lexiconMatch(p, matches, reader.text);
    if (linked) {
      const entry = this.lexicon.sourceById.get(linked.sourceId);
      // The mention reads whole when the lexicon's name runs past the phrase ("Nordkoreas staatliche
      // Nachrichtenagentur KCNA").
      const first = Math.min(p.first, linked.first);
      const last = Math.max(p.last, linked.last);
      const mention = textOf(reader, first, last);
      if (entry?.kind === 'person') {
        // So that "Putin" later, or "er", is the lexicon's person and not a second one found in the text.
        const surname = p.nameLast >= 0 ? p.nameLast : linked.last;
        this.remember({
          source: linked.sourceId,
          name: entry.name,
          surnameKey: reader.key(surname),
          roleKey: p.role ? foldRole(p.role) : null,
          about: null,
        });
      }
      const whole: CreditBase = {
        kind: base.kind,
        mention: mention.length > base.mention.length ? mention : base.mention,
        start: Math.min(base.start, reader.words.starts[first]!),
        via: base.via,
      };
      return resolvedCredit(whole, linked.sourceId, entry?.name ?? linked.sourceId, null, entry?.kind === 'person');
    }
    if (p.form === 'pronoun' && speaker.plural && reader.key(p.first) === 'sie') {
      // "berichten sie": the body credited last, if no person was credited since.
      const body = this.recentBody(index);
      return body ? resolvedCredit(base, body.source, body.name, body.about, false) : null;
    }
    if (p.form === 'pronoun') {
      const person = this.pronounReferent(reader, p.first, index);
      return person ? resolvedCredit(base, person.source, person.name, person.about, true) : null;
    }
    if (p.form === 'role' && reader.key(p.first - 1) === 'die' && SPOKESPERSON.test(reader.key(p.first))) {
      // "so die Wissenschafter", "erklärten die Forscher": the body whose researchers the article credited.
      const body = this.recentBody(index);
      return body ? resolvedCredit(base, body.source, body.name, body.about, false) : null;
    }
    if (p.form === 'role') {
      const person = this.personWithRole(foldRole(p.role ?? reader.surface(p.first)));
      return person ? resolvedCredit(base, person.source, person.name, person.about, true) : null;
    }
    if (p.form === 'institution' && p.owner && p.role !== null && !SPOKESPERSON.test(reader.key(roleWord(reader, p)))) {
      // "der Staatsanwalt des Distrikts Nord": a person speaks, known only by the office the article gives.
      const name = textOf(reader, roleWord(reader, p), coreLast(p));
      return resolvedCredit(base, discoveredId(name), name, null, true);
    }
    if (p.form === 'institution') {
      const owner = p.owner ?? { first: p.first, last: coreLast(p) };
      const headKey = inflectionKey(reader.key(owner.last));
      if (p.generic) {
        // "die Behörde" after "die Bundeswettbewerbsbehörde (BWB)"; else "das Innenministerium" is what the text
        // says, and never the lexicon's entity for some country's ministry.
        const known = this.bodyWithHead(headKey, base);
        if (known || ANAPHORIC_INSTITUTION.test(reader.key(owner.last))) return known;
      }
      const name = textOf(reader, owner.first, owner.last);
      return resolvedCredit(base, discoveredId(name), name, null, false);
    }
    if (p.prefix) {
      const name = reader.surface(p.nameFirst).split('-')[0]!;
      return resolvedCredit(base, discoveredId(name), name, null, false);
    }
    // A proper name, with the role and party the sentence gives it.
    const about = [p.role, p.aside].filter((s): s is string => s !== null).join(', ') || null;
    const nameText = textOf(reader, p.nameFirst, p.nameLast);
    if (speaker.weak) {
      const known =
        p.nameLast === p.nameFirst ? this.fullName(reader.key(p.nameFirst), reader.surface(p.nameFirst)) : null;
      return known ? resolvedCredit(base, known.source, known.name, known.about, true) : null;
    }
    if (p.nameLast > p.nameFirst) {
      const person = p.role !== null || looksLikePersonName(reader, p.nameFirst, p.nameLast);
      const source = discoveredId(nameText);
      if (person)
        this.remember({
          source,
          name: nameText,
          surnameKey: reader.key(p.nameLast),
          roleKey: p.role ? foldRole(p.role) : null,
          about,
        });
      return resolvedCredit(base, source, nameText, about, person);
    }
    const full = this.fullName(reader.key(p.nameFirst), reader.surface(p.nameFirst));
    if (full) return resolvedCredit(base, full.source, full.name, about ?? full.about, true);
    if (p.role !== null) {
      const source = discoveredId(nameText);
      this.remember({ source, name: nameText, surnameKey: reader.key(p.nameFirst), roleKey: foldRole(p.role), about });
      return resolvedCredit(base, source, nameText, about, true);
    }
    return resolvedCredit(base, discoveredId(nameText), nameText, about, false);
  }

  /**
   * Whom "er" or "sie" at word `at` stands for: the one person credited in the sentences back to PRONOUN_REACH or
   * named in the sentence before or in its own sentence before it. Two people there, or none, and the pronoun stays unresolved.
   */
  private pronounReferent(reader: PhraseReader, at: number, index: number): Person | null {
    // "Bildregisseur Michael Beyer arbeitet …, wie er erklärte": the one person its own sentence named before it.
    // Not after a quotation ("Mit Lula auf dem Schleudersitz …, sagt er"): a name there is what was said.
    if (reader.key(at - 1) === 'wie') {
      const own = new Map<string, Person>();
      this.peopleNamed(reader, at, own);
      if (own.size === 1) return [...own.values()][0]!;
      if (own.size > 1) return null;
    }
    const found = new Map<string, Person>();
    for (const [source, credited] of this.creditedPeople) {
      const person = this.people.find((q) => q.source === source);
      if (credited >= index - PRONOUN_REACH && person) found.set(source, person);
    }
    if (index > 0) this.peopleNamed(this.readerAt(index - 1), Number.MAX_SAFE_INTEGER, found);
    // "sagte er" never stands for "seine Mutter Gao Ying" or "Sprecherin X".
    if (reader.key(at) === 'er')
      for (const [source, person] of found)
        if (person.roleKey && FEMININE_ROLE.test(person.roleKey)) found.delete(source);
    if (found.size !== 1) return null;
    const [only] = found.values();
    return only ?? null;
  }

  /** Adds the people named before word `end` to `into`: full names, and surnames the article introduced. */
  private peopleNamed(reader: PhraseReader, end: number, into: Map<string, Person>): void {
    const limit = Math.min(end, reader.words.count);
    for (let h = 0; h < limit; h++) {
      if (!reader.capitalised(h)) continue;
      const p = reader.phraseAt(h);
      if (p?.form !== 'name' || p.nameFirst < 0 || p.nameLast >= limit) continue;
      h = Math.max(h, p.last);
      const known = this.surnames.get(reader.key(p.nameLast));
      if (known) {
        into.set(known.source, known);
        continue;
      }
      if (p.nameLast > p.nameFirst) {
        // "dem Agenten Tipps": names of people take no article; a role may ("der Kanzler Werner Faymann").
        if (
          !p.role &&
          (DETERMINERS.has(reader.key(p.first - 1)) || !looksLikePersonName(reader, p.nameFirst, p.nameLast))
        )
          continue;
        const name = textOf(reader, p.nameFirst, p.nameLast);
        const about = [p.role, p.aside].filter((s): s is string => s !== null).join(', ') || null;
        const person = {
          source: discoveredId(name),
          name,
          surnameKey: reader.key(p.nameLast),
          roleKey: p.role ? foldRole(p.role) : null,
          about,
        };
        this.remember(person);
        into.set(person.source, this.people.find((q) => q.source === person.source) ?? person);
      } else if (p.role !== null) {
        // "die Schlagersängerin Jordi": a surname with a role is a person, in full if the article named her so.
        const person = this.fullName(reader.key(p.nameLast), reader.surface(p.nameLast));
        if (person) into.set(person.source, person);
      }
    }
  }

  /** The lexicon source the phrase names, if the lexicon knows it and the article allows a generic phrasing. */
  private lexiconMatch(p: SpeakerPhrase, matches: SourceMatch[], sentence: string): SourceMatch | null {
    if (p.form === 'pronoun') return null;
    const core = p.form === 'name' ? p.nameLast : p.owner ? p.owner.last : coreLast(p);
    for (const m of matches) {
      if (m.first > core || m.last < core || m.first < p.first - 1) continue;
      if (m.generic && !this.namedLexicon.has(m.sourceId) && !this.inContext(m.sourceId, sentence)) return null;
      // "Sprecher des Außenministeriums" resolves through its generic alias; a qualified owner the text names
      // ("des italienischen Außenministeriums") is what the text says, not the lexicon's entity.
      if (m.generic && p.owner && !p.generic) return null;
      return m;
    }
    return null;
  }

  /** The body credited last, within PRONOUN_REACH sentences and with no person credited since. */
  private recentBody(index: number): Credit | null {
    const last = this.lastBody;
    if (!last || last.at < index - PRONOUN_REACH) return null;
    for (const [, at] of this.creditedPeople) if (at > last.at) return null;
    return last.credit;
  }

  /**
   * The one body credited before whose name ends in the noun a bare generic phrase has: "die Behörde" after "die
   * Bundeswettbewerbsbehörde (BWB)", "das Ministerium" after "das slowenische Innenministerium". Two, or none: null.
   */
  private bodyWithHead(headKey: string, base: CreditBase): Credit | null {
    let found: Credit | null = null;
    for (const body of this.bodies) {
      const last = sentenceWords(body.name).find(
        (w) => inflectionKey(w.key).endsWith(headKey) && /^\p{Lu}/u.test(body.name.charAt(w.start)),
      );
      if (!last) continue;
      if (found && found.source !== body.source) return null;
      found = body;
    }
    if (found) return resolvedCredit(base, found.source, found.name, found.about, false);
    // Else the one body the article introduced by such a noun: "der Glücksspielkonzern Novomatic", later "der
    // Konzern".
    let named: string | null = null;
    for (let i = 0; i < this.earlier.length; i++) {
      const reader = this.readerAt(i);
      for (let h = 0; h < reader.words.count; h++) {
        if (!reader.institutionNoun(h) || !reader.capitalised(h) || !inflectionKey(reader.key(h)).endsWith(headKey))
          continue;
        const p = reader.phraseAt(h);
        if (!p || p.generic) continue;
        // "der Glücksspielkonzern Novomatic" names the body; "im Visier der Bundeswettbewerbsbehörde (BWB)" is one.
        const name =
          p.form === 'name' && p.nameFirst > h
            ? textOf(reader, p.nameFirst, p.nameLast)
            : p.form === 'institution' && !p.owner
              ? textOf(reader, h, coreLast(p))
              : null;
        if (name === null) continue;
        if (named !== null && discoveredId(named) !== discoveredId(name)) return null;
        named = name;
      }
    }
    return named === null ? null : resolvedCredit(base, discoveredId(named), named, null, false);
  }

  /** Whether a context word of the source (see SourceEntry.context) stands in the sentence or the one before. */
  private inContext(sourceId: string, sentence: string): boolean {
    const context = this.lexicon.sourceById.get(sourceId)?.context ?? [];
    if (context.length === 0) return false;
    // The sentence is read while the one before is the last of `earlier`.
    const near = foldText(`${this.earlier.at(-1) ?? ''} ${sentence}`);
    return context.some((word) => near.includes(foldText(word)));
  }

  private remember(person: Person): void {
    if (!this.people.some((q) => q.source === person.source)) this.people.push(person);
    if (!this.surnames.get(person.surnameKey)) this.surnames.set(person.surnameKey, person);
  }

  private readerAt(index: number): PhraseReader {
    let reader = this.readers[index];
    if (!reader) {
      const kept = this.kept[index]!;
      reader = new PhraseReader(this.earlier[index]!, kept.words, undefined, kept.roles);
      this.readers[index] = reader;
    }
    return reader;
  }

  /** The person an earlier sentence introduced with this surname ("Wolfgang Katzian" for "Katzian"), if one. */
  private fullName(surnameKey: string, surname: string): Person | null {
    const known = this.surnames.get(surnameKey);
    if (known !== undefined) return known;
    let found: Person | null = null;
    for (let i = 0; i < this.earlier.length; i++) {
      if (!this.earlier[i]!.includes(surname)) continue;
      const reader = this.readerAt(i);
      for (let j = 1; j < reader.words.count && !found; j++) {
        if (reader.key(j) !== surnameKey) continue;
        for (let h = Math.max(0, j - 4); h < j && !found; h++) {
          const p = reader.phraseAt(h);
          if (p?.form !== 'name' || p.nameLast !== j || p.nameFirst >= j) continue;
          if (!p.role && !looksLikePersonName(reader, p.nameFirst, p.nameLast)) continue;
          const name = textOf(reader, p.nameFirst, p.nameLast);
          const about = [p.role, p.aside].filter((s): s is string => s !== null).join(', ') || null;
          found = { source: discoveredId(name), name, surnameKey, roleKey: p.role ? foldRole(p.role) : null, about };
        }
      }
      if (found) break;
    }
    this.surnames.set(surnameKey, found);
    if (found && !this.people.some((q) => q.source === found.source)) this.people.push(found);
    return found;
  }

  /** The one person the article gave this role (or one of the same kind: "Gewerkschaftschef" for "GPA-Chef"). */
  private personWithRole(roleKey: string): Person | null {
    // Each earlier sentence is read for people with a role once; the people found are remembered.
    for (; this.rolesReadUpTo < this.earlier.length; this.rolesReadUpTo++) {
      const reader = this.readerAt(this.rolesReadUpTo);
      for (let h = 0; h < reader.words.count; h++) {
        if (!reader.roleNoun(h) || !reader.capitalised(h)) continue;
        const p = reader.phraseAt(h);
        if (p?.form !== 'name' || p.role === null || p.nameLast <= p.nameFirst) continue;
        const name = textOf(reader, p.nameFirst, p.nameLast);
        const about = [p.role, p.aside].filter((s): s is string => s !== null).join(', ') || null;
        this.remember({
          source: discoveredId(name),
          name,
          surnameKey: reader.key(p.nameLast),
          roleKey: foldRole(p.role),
          about,
        });
      }
    }
    const exact = this.people.filter((q) => q.roleKey === roleKey);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) return null;
    const stem = roleStem(roleKey);
    const same = this.people.filter((q) => q.roleKey !== null && stem !== null && roleStem(q.roleKey) === stem);
    if (same.length === 1) return same[0]!;
    if (same.length > 1) return null;
    // "Vize Reinhold Mitterlehner", later "der Vizekanzler".
    const shorter = this.people.filter(
      (q) => q.roleKey !== null && q.roleKey.length >= 4 && roleKey.startsWith(q.roleKey),
    );
    return shorter.length === 1 ? shorter[0]! : null;
  }

  /** "(AFP, dpa, Reuters)": a parenthesis holding nothing but agency or outlet names credits each of them. */
  private creditLine(reader: PhraseReader, matches: SourceMatch[]): Credit[] {
    const text = reader.text;
    if (matches.length === 0 || !text.includes('(')) return [];
    const credits: Credit[] = [];
    for (const paren of text.matchAll(/\(([^()]{1,160})\)/g)) {
      const inner = paren[1] ?? '';
      const start = paren.index + 1;
      const inside = matches.filter(
        (m) => reader.words.starts[m.first]! >= start && reader.words.ends[m.last]! <= start + inner.length,
      );
      if (inside.length === 0) continue;
      const rest = inside.reduceRight(
        (left, m) =>
          left.slice(0, reader.words.starts[m.first]! - start) + left.slice(reader.words.ends[m.last]! - start),
        inner,
      );
      if (!/^[\s,;/]*(?:(?:und|and)[\s,;/]*)*$/.test(rest)) continue;
      if (!inside.every((m) => CREDIT_KINDS.has(this.lexicon.sourceById.get(m.sourceId)?.kind ?? ''))) continue;
      for (const m of inside) {
        const mentionStart = reader.words.starts[m.first]!;
        const mention = text.slice(mentionStart, reader.words.ends[m.last]);
        const entry = this.lexicon.sourceById.get(m.sourceId);
        credits.push({
          source: m.sourceId,
          name: entry?.name ?? m.sourceId,
          kind: 'credited',
          mention,
          start: mentionStart,
          via: null,
          about: null,
          person: false,
        });
      }
    }
    return credits;
  }

  /**
   * A sentence that carries on the one source credited just before (see continuationWord); a document named
   * before ("der Umfrage zufolge") is a body's, not the person quoted since.
   */
  private continued(
    sentence: string,
    words: WordColumns,
    index: number,
    refersBack: boolean,
    cued: boolean,
  ): ResolvedSentence | null {
    const document = refersBack && refersToDocument(sentence) && this.lastBody !== null;
    const previous = document ? [this.lastBody!.credit] : this.previous;
    const [only] = previous;
    if (previous.length !== 1 || !only) return null;
    const distance = index - (document ? this.lastBody!.at : this.previousAt);
    const word = continuationWord(sentence, words, distance, refersBack, cued);
    return (
      word && {
        credits: [
          resolvedCredit(
            { kind: 'continued', mention: word.text, start: word.start, via: null },
            only.source,
            only.name,
            only.about,
            only.person,
          ),
        ],
        anonymous: false,
      }
    );
  }
}
