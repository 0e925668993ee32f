import { discoveredId } from '../analysis/speaker-names';
import { ABBREVIATION } from '../analysis/speaker-words';
import type { Attribution } from '../analysis/types';
import type { DisplayLabels, Lexicon, SourceEntry } from '../lexicon/schema';
import { eachInSteps } from '../steps/each-in-steps';

/** A source /source can answer for: a lexicon entry, or one the corpus credits that no lexicon lists. */
export interface KnownSource {
  id: string;
  name: string;
  /** The lexicon's labels for readers of other languages. */
  labels?: DisplayLabels;
  kind: SourceEntry['kind'];
  /** The lexicon's description, or the role and party the articles give (a discovered source). */
  description?: string;
  /** Every name a question may use: the lexicon's aliases, or the forms the articles credit. */
  aliases: string[];
  discovered: boolean;
}

/** The lexicon's sources, in its order. */
export function lexiconSources(lexicon: Lexicon): KnownSource[] {
  return lexicon.sources.map((entry) => ({
    id: entry.id,
    name: entry.name,
    ...(entry.labels !== undefined && { labels: entry.labels }),
    kind: entry.kind,
    ...(entry.description !== undefined && { description: entry.description }),
    aliases: entry.aliases,
    discovered: false,
  }));
}

/**
 * Which discovered sources join another, from the credits as read by source id (in the order sources were first
 * credited). A discovered surname credited alone ("Katzian", in an article that never gave the full name) joins the
 * one person of the corpus with that surname, when there is exactly one; with two, it stays apart rather than
 * guess. A body's abbreviation credited alone ("BWB") joins the one body the articles gave it to
 * ("Bundeswettbewerbsbehörde (BWB)"). The joins are in the order of `bySource`, each to the source whose list its
 * credits end up in.
 */
export function* sourceJoinsSteps(
  bySource: ReadonlyMap<string, readonly Attribution[]>,
): Generator<void, Map<string, string>> {
  // Only a name credited alone looks a surname or an abbreviation up: a few hundred of the hundreds of thousands of
  // names a large archive credits, so only their surnames and abbreviations are gathered.
  const lone = new Map<string, string>();
  yield* eachInSteps(bySource.keys(), (id) => {
    if (id.startsWith('~') && !id.includes('-')) lone.set(id.slice(1), id);
  });
  const peopleBySurname = new Map<string, string[]>();
  const bodiesByAbbreviation = new Map<string, string[]>();
  yield* eachInSteps(bySource, ([id, list]) => {
    if (!id.startsWith('~')) return;
    const surname = surnameOf(id, list, lone);
    if (surname !== undefined) addTo(peopleBySurname, surname, id);
    const abbreviation = abbreviationOf(list);
    if (abbreviation !== undefined && lone.has(abbreviation)) addTo(bodiesByAbbreviation, abbreviation, id);
  });
  const joins = new Map<string, string>();
  for (const [key, id] of lone) {
    const people = peopleBySurname.get(key) ?? bodiesByAbbreviation.get(key);
    if (people?.length === 1 && people[0] !== id) joins.set(id, people[0]!);
  }
  // A body that took an abbreviation in and is itself the abbreviation of another: its credits, and those it took
  // in, end up in the other's list.
  for (const [from, into] of joins) {
    let end = into;
    for (let hops = 0; joins.has(end) && hops < joins.size; hops++) end = joins.get(end)!;
    if (end !== into) joins.set(from, end);
  }
  return joins;
}

/**
 * The surname a discovered person is credited by alone ("katzian" for "~wolfgang-katzian", as an id's words). Read
 * without splitting the id: a large archive credits hundreds of thousands of discovered names.
 */
export function surnameOf(
  id: string,
  credits: readonly Attribution[],
  /** Only these surnames are wanted: a name credited otherwise is not read as a person's. */
  wanted?: { has(surname: string): boolean },
): string | undefined {
  const lastDash = id.lastIndexOf('-');
  if (lastDash <= 0) return undefined;
  const surname = id.slice(lastDash + 1);
  return (wanted === undefined || wanted.has(surname)) && credits.some((a) => a.person) ? surname : undefined;
}

/** The abbreviation a discovered body is credited by alone ("bwb" for "Bundeswettbewerbsbehörde (BWB)"). */
export function abbreviationOf(credits: readonly Attribution[]): string | undefined {
  const abbreviation = credits.find((a) => !a.person && a.about !== undefined && ABBREVIATION.test(a.about))?.about;
  return abbreviation === undefined ? undefined : discoveredId(abbreviation).slice(1);
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * A discovered source as its credits give it: named as most of them name it, a person if any reads it as one,
 * described by the first role given. `joined` are the credits of the names that joined it (see sourceJoinsSteps),
 * in the order they joined; they count under the name of its own first credit.
 */
export function discoveredSource(id: string, own: readonly Attribution[], joined: readonly Attribution[]): KnownSource {
  const names = new Map<string, number>();
  let person = false;
  let about: string | undefined;
  const count = (a: Attribution, name: string) => {
    names.set(name, (names.get(name) ?? 0) + 1);
    person ||= a.person === true;
    about ??= a.about;
  };
  for (const a of own) count(a, a.name);
  for (const a of joined) count(a, own[0]!.name);
  const [name] = [...names.entries()].sort((x, y) => y[1] - x[1])[0]!;
  const aliases = [...names.keys()];
  if (person && name.includes(' ')) aliases.push(name.split(' ').at(-1)!);
  // "Bundeswettbewerbsbehörde (BWB)": the abbreviation the articles gave it is a name to ask by.
  if (!person && about !== undefined && ABBREVIATION.test(about)) aliases.push(about);
  return {
    id,
    name,
    kind: person ? 'person' : 'organization',
    ...(about !== undefined && { description: about }),
    aliases,
    discovered: true,
  };
}

/**
 * A credit as the answers list it, under the source it is filed with: each credit carried its own copy of the
 * name and role from the thread that read it, and one per source is enough. The credit itself when nothing
 * changes, else a copy: the credit as read stays as it was, so that the filing can be revised (see revise-facts).
 */
export function filedCredit(credit: Attribution, into: string, source: KnownSource | undefined): Attribution {
  const name = source?.name ?? credit.name;
  const about = credit.about === undefined ? undefined : (source?.description ?? credit.about);
  if (credit.source === into && credit.name === name && credit.about === about) return credit;
  const filed = { ...credit, source: into, name };
  if (about !== undefined) filed.about = about;
  return filed;
}
