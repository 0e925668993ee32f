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
import type { Engine, Outcome, Suggestion } from './engine';
import { suggest } from './suggest';
import { loadAndBuildCorpus, type LoadAndBuildOptions } from '../build/load-and-build';

/** Wraps built corpus data as an Engine. Answers are pure functions of the data. */
export function engineFromData(data: CorpusData): Engine {
  return {
    articles: data.articles,
    answer: (command: Command): Outcome => {
      switch (command.name) {
        case 'figure':
          return figureAnswer(data, command.query);
        case 'source':
          return sourceAnswer(data, command.query);
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

/**
 * Loads a data folder and builds an engine over everything valid in it. The engine is null only when nothing
 * usable is left (no lexicon) or `options.accept` refused the problems; problems with single files are reported
 * beside a working engine, and it is the caller's policy (start-up, reload) what to do about them. Built in one go
 * unless `options.sliceMs` says otherwise; at archive size in worker threads (see loadAndBuildCorpus).
 */
export async function createEngineFromDir(
  dataDir: string,
  options: LoadAndBuildOptions = {},
): Promise<{ engine: Engine | null; problems: FileProblem[]; workers: number }> {
  const built = await loadAndBuildCorpus(dataDir, { sliceMs: Number.POSITIVE_INFINITY, ...options });
  return { engine: built.data ? engineFromData(built.data) : null, problems: built.problems, workers: built.workers };
}
