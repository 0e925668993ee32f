import { discoveredId } from '../analysis/speaker-names';
import { ABBREVIATION } from '../analysis/speaker-words';
import type { Attribution } from '../analysis/types';
import type { DisplayLabels, Lexicon, SourceEntry } from '../lexicon/schema';

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

/**
 * The sources of a corpus: the lexicon's, and every discovered one (see discoveredId) the attributions credit.
 * A discovered surname credited alone ("Katzian", in an article that never gave the full name) joins the one
 * person of the corpus with that surname, when there is exactly one; with two, it stays apart rather than guess.
 * Moves such attributions in `bySource` and returns the sources by id, merged ids pointing at the source they
 * joined.
 */
export function knownSources(lexicon: Lexicon, bySource: Map<string, Attribution[]>): Map<string, KnownSource> {
  const known = new Map<string, KnownSource>();
  for (const entry of lexicon.sources) {
    known.set(entry.id, {
      id: entry.id,
      name: entry.name,
      ...(entry.labels !== undefined && { labels: entry.labels }),
      kind: entry.kind,
      ...(entry.description !== undefined && { description: entry.description }),
      aliases: entry.aliases,
      discovered: false,
    });
  }

  const peopleBySurname = new Map<string, string[]>();
  for (const [id, list] of bySource) {
    const parts = id.slice(1).split('-');
    if (!id.startsWith('~') || parts.length < 2 || !list.some((a) => a.person)) continue;
    const surname = parts.at(-1)!;
    peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), id]);
  }
  // "Bundeswettbewerbsbehörde (BWB)" in one article, "BWB" credited alone in another.
  const bodiesByAbbreviation = new Map<string, string[]>();
  for (const [id, list] of bySource) {
    const abbreviation = list.find((a) => !a.person && a.about !== undefined && ABBREVIATION.test(a.about))?.about;
    if (!id.startsWith('~') || abbreviation === undefined) continue;
    const key = discoveredId(abbreviation).slice(1);
    bodiesByAbbreviation.set(key, [...(bodiesByAbbreviation.get(key) ?? []), id]);
  }
  const joined = new Map<string, string>();
  for (const id of [...bySource.keys()]) {
    if (!id.startsWith('~') || id.includes('-')) continue;
    const people = peopleBySurname.get(id.slice(1)) ?? bodiesByAbbreviation.get(id.slice(1));
    if (people?.length !== 1 || people[0] === id) continue;
    const into = people[0]!;
    const target = bySource.get(into)!;
    for (const a of bySource.get(id)!) {
      a.source = into;
      a.name = target[0]!.name;
      target.push(a);
    }
    bySource.delete(id);
    joined.set(id, into);
  }

  for (const [id, list] of bySource) {
    if (!id.startsWith('~')) continue;
    const names = new Map<string, number>();
    let person = false;
    let about: string | undefined;
    for (const a of list) {
      names.set(a.name, (names.get(a.name) ?? 0) + 1);
      person ||= a.person === true;
      about ??= a.about;
    }
    const [name] = [...names.entries()].sort((x, y) => y[1] - x[1])[0]!;
    const aliases = [...names.keys()];
    if (person && name.includes(' ')) aliases.push(name.split(' ').at(-1)!);
    // "Bundeswettbewerbsbehörde (BWB)": the abbreviation the articles gave it is a name to ask by.
    if (!person && about !== undefined && ABBREVIATION.test(about)) aliases.push(about);
    known.set(id, {
      id,
      name,
      kind: person ? 'person' : 'organization',
      ...(about !== undefined && { description: about }),
      aliases,
      discovered: true,
    });
  }
  for (const [from, into] of joined) known.set(from, known.get(into)!);
  // Each credit carried its own copy of the name and role from the thread that read it; one per source is enough.
  for (const [id, list] of bySource) {
    const source = known.get(id);
    if (!source) continue;
    for (const a of list) {
      a.name = source.name;
      if (a.about !== undefined) a.about = source.description ?? a.about;
    }
  }
  return known;
}
