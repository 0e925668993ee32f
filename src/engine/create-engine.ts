import type { FileProblem } from '../corpus/article';
import { loadArticles } from '../corpus/load-articles';
import { loadLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/schema';
import type { Article } from '../corpus/article';
import { articleAnswer } from './answers/article-answer';
import { figureAnswer } from './answers/figure-answer';
import { searchAnswer } from './answers/search-answer';
import { sourceAnswer } from './answers/source-answer';
import { buildCorpusData } from './build-corpus-data';
import type { Command, SuggestField } from './command';
import type { CorpusData } from './corpus-data';
import type { AnswerOptions, Engine, Outcome, Suggestion } from './engine';
import { MAX_RESULTS } from './answers/limits';
import { suggest } from './suggest';

/** Wraps built corpus data as an Engine. Answers are pure functions of the data. */
export function engineFromData(data: CorpusData): Engine {
  return {
    articles: data.articles,
    answer: (command: Command, options: AnswerOptions = {}): Outcome => {
      const limit = options.all ? Number.POSITIVE_INFINITY : MAX_RESULTS;
      switch (command.name) {
        case 'figure':
          return figureAnswer(data, command.query, limit);
        case 'source':
          return sourceAnswer(data, command.query, limit);
        case 'search':
          return searchAnswer(data, command.query);
        case 'article':
          return articleAnswer(data, command.query);
      }
    },
    suggest: (field: SuggestField, prefix: string, limit = 25): Suggestion[] => suggest(data, field, prefix, limit),
    stats: () => ({
      articles: data.articles.size,
      paragraphs: data.paragraphCount,
      figures: data.figureCount,
      attributions: data.attributionCount,
    }),
    figureBoard: () => [...data.spreads],
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

export function engineFromFiles(files: { articles: readonly Article[]; lexicon: Lexicon }): Engine {
  return engineFromData(buildCorpusData(files));
}
