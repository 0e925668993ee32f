import type { ArticleAnalysis } from '../analysis/analyze-article';
import type { ArticleFiles } from '../corpus/load-articles';
import type { FileProblem } from '../corpus/article';
import type { Lexicon } from '../lexicon/schema';
import type { PassageIndexShard } from '../search/passage-index';
import type { WireArticle } from './wire-article';

/*
 * What the main thread and a build worker say to each other. Both sides are this program, so these are plain
 * types rather than zod schemas: validating every article of the archive again on arrival would cost seconds
 * and protect against nothing, since the worker built them from files the loader already validated.
 */

/** The worker's share of the build: which files to read (in order) and the lexicon to analyse them with. */
export interface BuildWorkerInput {
  folder: string;
  files: ArticleFiles[];
  lexicon: Lexicon;
}

export type BuildWorkerMessage =
  /** Built articles with their analyses, in order, a batch at a time so no one message stalls the main thread. */
  | { type: 'articles'; articles: WireArticle[]; analyses: ArticleAnalysis[] }
  /** The shard's index, sent last (its buffers are transferred, not copied), and the files it could not use. */
  | { type: 'done'; index: PassageIndexShard; problems: FileProblem[] }
  | { type: 'failed'; message: string };
