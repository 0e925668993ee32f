import { foldText } from '../../text/fold';
import type { Figure } from '../../analysis/types';
import type { Answer, AnswerResult } from '../answer';
import type { CorpusData } from '../corpus-data';
import type { Outcome } from '../engine';
import { figureList, type FigureList } from '../figure-list';
import { figuresForWords, type FigureSubject } from '../figure-subject';
import { citation, sentenceAt } from './citation';
import { sourceLabels } from './source-labels';
import { MAX_RESULTS, MAX_SUGGESTIONS, TABLE_PAGE_FIGURES } from './limits';
import { latestBySource } from '../latest-by-source';
import { sortFigures } from '../figure-order';

/**
 * `/figure <topic>`: every figure for the topic, grouped by value so disagreeing sources stand side by side, each
 * with its qualifier, its source and the sentence it was read from.
 *
 * @param limit how many results to list: the pages' cap, unless an export asks for every one (`total` says how many).
 */
export function figureAnswer(data: CorpusData, query: string, limit = MAX_RESULTS): Outcome {
  const resolved = data.topicMatcher.resolve(query);
  // A word the articles count or measure ("Satelliten", "Wachstum") is asked for as written before a topic or a
  // vocabulary entry that is only a typo away.
  const word = resolved.match === 'exact' ? undefined : wordList(data, foldText(query.trim()));
  // The desk's own topics answer before the general vocabulary when a name is both ("troops").
  const topics = resolved.items.filter((s) => s.topic !== null);
  const subjects = topics.length > 0 ? topics : resolved.items;
  const list = word ?? (resolved.match === 'none' ? undefined : subjectsList(data, subjects));
  if (!list || list.figures.length === 0) {
    return {
      ok: true,
      answer: {
        command: 'figure',
        query,
        matched: resolved.match === 'none' ? [] : resolved.items.map((t) => t.label),
        ...(resolved.match !== 'none' && subjectLabels(resolved.items)),
        suggestions:
          resolved.match === 'none' ? resolved.suggestions.slice(0, MAX_SUGGESTIONS).map((t) => t.label) : [],
        match: resolved.match === 'none' ? 'none' : resolved.match,
        total: 0,
        results: [],
      },
    };
  }
  const fallback = resolved.match === 'none' || word ? [query.trim()] : subjects.map((t) => t.label);
  return {
    ok: true,
    answer: listAnswer(
      data,
      list,
      {
        query,
        matched: list.countedWords.length > 0 ? list.countedWords : fallback,
        ...(list.countedWords.length === 0 && resolved.match !== 'none' && !word && subjectLabels(subjects)),
        match: resolved.match === 'fuzzy' && !word ? 'fuzzy' : 'exact',
      },
      limit,
    ),
  };
}

/**
 * A topic's figures as `/figure` answers them (the same order, spread and first page), asked for by id rather than
 * by name: the digest's figure board. Null for a topic with no figures.
 */
export function topicFigureAnswer(data: CorpusData, topicId: string): Answer | null {
  const list = data.topicLists.get(topicId);
  const topic = data.lexicon.topicById.get(topicId);
  if (!list || !topic || list.figures.length === 0) return null;
  const matched = list.countedWords.length > 0 ? list.countedWords : [topic.label];
  return listAnswer(data, list, { query: topic.label, matched, match: 'exact' });
}

type AnswerHead = Pick<Answer, 'query' | 'matched' | 'matchedLabels' | 'match'>;

/**
 * A list's answer: in value order, so disagreeing sources stand side by side; past one table page, source by source,
 * each source's most recent figure first (see latestBySource), with the spread across those. A word gathering
 * unrelated quantities ("Prozent") stays grouped by what each figure measures: one source's latest growth rate and
 * another's latest debt ratio are not two views of one thing.
 */
function listAnswer(data: CorpusData, list: FigureList, head: AnswerHead, limit = MAX_RESULTS): Answer {
  const long = list.oneSubject && list.figures.length > TABLE_PAGE_FIGURES;
  const view = long ? latestBySource(list, data.articles) : null;
  const spread = view ? view.spread : list.spread;
  const ordered = view
    ? (function* () {
        yield* view.latest;
        yield* view.older;
      })()
    : list.figures;
  return {
    command: 'figure',
    ...head,
    suggestions: [],
    ...(spread && { summary: spread.summary }),
    ...(spread && {
      spread: {
        min: spread.min,
        max: spread.max,
        unit: spread.unit,
        sources: spread.sources,
        unattributed: spread.unattributed,
      },
    }),
    ...(view && { latestBySource: view.latest.length }),
    total: list.figures.length,
    results: citedFigures(data, ordered, limit),
  };
}

/** The figures as cited results, in the order given, as many as one answer lists (`limit`). */
function citedFigures(data: CorpusData, figures: Iterable<Figure>, limit: number): AnswerResult[] {
  const results: AnswerResult[] = [];
  for (const f of figures) {
    if (results.length >= limit) break;
    const article = data.articles.get(f.articleId);
    const snippet = article && sentenceAt(article, f.paragraph, f.sentence);
    if (!article || !snippet) continue;
    const source = f.source === null ? undefined : data.sources.get(f.source)?.name;
    results.push({
      ...citation(article, f.paragraph),
      snippet,
      figure: {
        value: f.value,
        ...(f.upper !== undefined && { upper: f.upper }),
        ...(f.qualifier !== undefined && { qualifier: f.qualifier }),
        ...(f.increment && { increment: true }),
        text: f.text,
        unit: f.unit,
        ...(f.measure !== null && { measure: f.measure }),
        ...(f.counted !== null && { counted: f.counted }),
      },
      ...(source !== undefined && { source }),
      ...(source !== undefined && f.sourceMention !== undefined && { sourceSpan: f.sourceMention }),
      ...(f.source !== null && sourceLabels(data, f.source)),
    });
  }
  return results;
}

/** The German labels of the subjects a query matched, when the lexicon gives any. */
function subjectLabels(subjects: readonly FigureSubject[]): { matchedLabels?: { de: string[] } } {
  if (!subjects.some((s) => s.labels)) return {};
  return { matchedLabels: { de: subjects.map((s) => s.labels?.de ?? s.label) } };
}

// Lists that are not one topic's (several topics matched, or a counted noun) are derived on first use and kept
// with the corpus data they came from, so a repeated question costs no more than a topic's.
const derivedLists = new WeakMap<CorpusData, Map<string, FigureList>>();

function derived(data: CorpusData, key: string, make: () => FigureList): FigureList {
  let lists = derivedLists.get(data);
  if (!lists) {
    lists = new Map();
    derivedLists.set(data, lists);
  }
  let list = lists.get(key);
  if (!list) {
    list = make();
    lists.set(key, list);
  }
  return list;
}

/** The figures of the subjects a query resolved to: topic lists as built, vocabulary entries gathered on first use. */
function subjectsList(data: CorpusData, subjects: readonly FigureSubject[]): FigureList | undefined {
  const [only] = subjects;
  if (subjects.length === 1 && only?.topic) return data.topicLists.get(only.id);
  const label = subjects.map((t) => t.label).join(', ');
  return derived(data, `subjects:${subjects.map((t) => t.id).join(',')}`, () => {
    const merged = new Set<Figure>();
    for (const subject of subjects) {
      const figures = subject.topic
        ? data.topicLists.get(subject.id)?.figures
        : figuresForWords(subject.words, data.figuresByWord);
      for (const f of figures ?? []) merged.add(f);
    }
    // One subject asked for by its name: a spread of its figures in one unit is meaningful, as for a topic.
    return figureList(subjects[0]?.id ?? '', label, sortFigures(data, [...merged]), { oneSubject: true });
  });
}

/**
 * The figures counting or measuring a word as written, or undefined when none does. Gathered across subjects (every
 * "Prozent" of the archive), they are listed by what they measure and get no single spread.
 */
function wordList(data: CorpusData, key: string): FigureList | undefined {
  const figures = data.figuresByWord.get(key);
  if (!figures) return undefined;
  return derived(data, `word:${key}`, () =>
    figureList('', key, bySubject(sortFigures(data, [...figures])), { oneSubject: false }),
  );
}

/** Groups figures by what they are about (measure, else counted noun), keeping each group's order. */
function bySubject(figures: Figure[]): Figure[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = foldText(f.measure ?? f.counted ?? '');
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length).flat();
}
