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
export function figuresForWords<F>(words: readonly string[], byWord: ReadonlyMap<string, readonly F[]>): F[] {
  const found = new Set<F>();
  for (const [key, figures] of byWord) {
    const about = words.some((word) => key === word || (word.length >= MIN_HEAD && key.length > word.length && key.endsWith(word)));
    if (about) for (const f of figures) found.add(f);
  }
  return [...found];
}
