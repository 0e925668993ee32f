import type { TopicEntry, VocabularyEntry } from '../lexicon/schema';
import { foldText } from '../text/fold';

/**
 * What `/figure` can be asked about: a topic of the desk's lexicon (figures tagged by its terms while the corpus is
 * analysed), or an entry of the bilingual news vocabulary (figures that count or measure one of its German words).
 */
export interface FigureSubject {
  /** The topic id, or `vocabulary:<entry id>`. */
  id: string;
  label: string;
  /** The label for readers of other languages: the topic's `labels`, the vocabulary entry's German label. */
  labels?: { de: string };
  /** Every way a user may ask for it, English and German. */
  names: string[];
  topic: TopicEntry | null;
  /** The vocabulary entry's English name, shown beside the German one in autocomplete. */
  english: string | null;
  /** Folded German words (vocabulary only): a figure counting or measuring one, or a compound ending in one. */
  words: string[];
}

export function figureSubjects(topics: readonly TopicEntry[], vocabulary: readonly VocabularyEntry[]): FigureSubject[] {
  const subjects: FigureSubject[] = topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    ...(topic.labels !== undefined && { labels: topic.labels }),
    // A German reader may type the German label they were shown.
    names: [topic.label, ...(topic.labels ? [topic.labels.de] : []), ...topic.names],
    topic,
    english: null,
    words: [],
  }));
  for (const entry of vocabulary) {
    subjects.push({
      id: `vocabulary:${entry.id}`,
      // The desk reads German; the English label stays findable as a name.
      label: entry.label.de,
      names: [entry.label.de, entry.label.en, ...entry.de, ...entry.en],
      topic: null,
      english: entry.label.en,
      words: [...new Set(entry.de.map((word) => foldText(word)))],
    });
  }
  return subjects;
}

/** Compounds name their head last: "Verkehrstote" are "Tote", "Arbeitslosenquote" is a "Quote". */
const MIN_HEAD = 4;

/**
 * The figures a vocabulary subject gathers from the figures indexed by the folded word they count or measure: the
 * word itself, or a compound ending in it.
 */
/**
 * The ids of the vocabulary subjects with at least one figure: figuresForWords's match, worked out for all of them
 * in one pass over the counted words (each word and its suffixes looked up), not one pass per subject.
 */
export function subjectsWithFigures(
  subjects: readonly FigureSubject[],
  byWord: ReadonlyMap<string, readonly unknown[]>,
): Set<string> {
  const byName = new Map<string, string[]>();
  for (const subject of subjects) {
    for (const word of subject.words) byName.set(word, [...(byName.get(word) ?? []), subject.id]);
  }
  const found = new Set<string>();
  for (const [key, figures] of byWord) {
    if (figures.length === 0) continue;
    for (const id of byName.get(key) ?? []) found.add(id);
    for (let start = 1; key.length - start >= MIN_HEAD; start++) {
      for (const id of byName.get(key.slice(start)) ?? []) found.add(id);
    }
  }
  return found;
}

export function figuresForWords<F>(words: readonly string[], byWord: ReadonlyMap<string, readonly F[]>): F[] {
  const found = new Set<F>();
  for (const [key, figures] of byWord) {
    const about = words.some(
      (word) => key === word || (word.length >= MIN_HEAD && key.length > word.length && key.endsWith(word)),
    );
    if (about) for (const f of figures) found.add(f);
  }
  return [...found];
}
