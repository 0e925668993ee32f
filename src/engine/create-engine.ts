import type { FileProblem } from '../corpus/article';
import { loadArticles } from '../corpus/load-articles';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/schema';
import type { Article } from '../corpus/article';
import { topicFigureAnswer } from './answers/figure-answer';
import type { Command, SuggestField } from './command';
import { answerWith } from './command-table';
import type { CorpusData } from './corpus-data';
import type { AnswerOptions, Engine, Outcome, Suggestion } from './engine';
import { MAX_RESULTS } from './answers/limits';
import { suggest } from './suggest';

/** Wraps built corpus data as an Engine. Answers are pure functions of the data. */
export function engineFromData(data: CorpusData): Engine {
  return {
    articles: data.articles,
    answer: (command: Command, options: AnswerOptions = {}): Outcome =>
      answerWith(data, command.name, command.query, options.all ? Number.POSITIVE_INFINITY : MAX_RESULTS),
    suggest: (field: SuggestField, prefix: string, limit = 25): Suggestion[] => suggest(data, field, prefix, limit),
    stats: () => ({
      articles: data.articles.size,
      paragraphs: data.paragraphCount,
      figures: data.figureCount,
      attributions: data.attributionCount,
    }),
    figureBoard: () => [...data.spreads],
    topicFigures: (topicId: string) => topicFigureAnswer(data, topicId),
    topSources: (limit: number) => data.sourceCounts.slice(0, limit),
  };
}

export interface LoadedCorpus {
  articles: Article[];
  lexicon: Lexicon | null;
  problems: FileProblem[];
}

/** Reads and validates every file of a data folder. Problems are collected, never thrown. */
export async function loadCorpusFiles(dataDir: string): Promise<LoadedCorpus> {
  const [articles, lexicon] = await Promise.all([loadArticles(dataDir), loadLexicon(dataDir)]);
  return {
    articles: articles.articles,
    lexicon: lexicon.lexicon,
    problems: [...lexicon.problems, ...articles.problems],
  };
}
