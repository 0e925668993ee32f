import type { Figure } from '../analysis/types';
import type { TopicSpread } from './engine';
import { spreadOf, topicSpread, unitTallies } from './topic-spread';

/**
 * A list of figures as /figure shows it, with what is derived from the whole list: the spread line and the words
 * the figures counted. Both read every figure — tens of thousands for a big topic in a large archive — so they are
 * worked out once per list, never per query.
 */
export interface FigureList {
  topicId: string;
  label: string;
  /** The figures are about one thing asked for by name, so they may share a spread (see figureList). */
  oneSubject: boolean;
  figures: readonly Figure[];
  spread: TopicSpread | null;
  /** What the figures counted, as written in the articles, most frequent first: "Soldaten", "Truppen", … */
  countedWords: string[];
}

const MAX_COUNTED_WORDS = 8;

/**
 * @param options.oneSubject the figures are about one thing asked for by name (a topic, a vocabulary entry), so
 *   they may share a spread; a word gathering different measures ("Prozent") may not.
 */
export function figureList(
  topicId: string,
  label: string,
  figures: readonly Figure[],
  options: { oneSubject: boolean } = { oneSubject: true },
): FigureList {
  const { oneSubject } = options;
  const counts = new Map<string, number>();
  const countWord = (f: Figure) => {
    if (f.counted) counts.set(f.counted, (counts.get(f.counted) ?? 0) + 1);
  };
  let spread: TopicSpread | null;
  if (oneSubject) {
    // Counted in the pass that tallies the spread: each figure is read once.
    const tallies = unitTallies(figures, countWord);
    spread = figures.length === 0 ? null : spreadOf(topicId, label, figures, tallies);
  } else {
    for (const f of figures) countWord(f);
    spread = topicSpread(topicId, label, figures, oneSubject);
  }
  const countedWords = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_COUNTED_WORDS)
    .map(([word]) => word);
  return { topicId, label, oneSubject, figures, spread, countedWords };
}
