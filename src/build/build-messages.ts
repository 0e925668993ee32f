import type { MessagePort } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis/analyze-article';
import type { ArticleFiles } from '../corpus/load-articles';
import type { FileProblem } from '../corpus/article';
import type { StoredArticle } from '../corpus/stored-article';
import type { Lexicon } from '../lexicon/schema';
import type { PassageIndexParts } from '../search/passage-index';

/*
 * What the main thread and build workers say to each other. All sides are this program, so these are plain types
 * rather than zod schemas: validating every article of the archive again on arrival would cost seconds and protect
 * against nothing, since the workers built them from files the loader already validated.
 */

/**
 * A worker's share of the build: which files to read (in order) and the lexicon to analyse them with. The first
 * worker leads: it takes the other workers' index shards (in order, one port each) and finishes the whole index,
 * while the main thread files the analyses; the others send their shard to it through `leader`.
 */
export interface BuildWorkerInput {
  folder: string;
  files: ArticleFiles[];
  lexicon: Lexicon;
  followers?: MessagePort[];
  leader?: MessagePort;
}

export type BuildWorkerMessage =
  /**
   * Articles as stored with their analyses, in order, a batch at a time so no one message stalls the main thread;
   * their text buffers are transferred.
   */
  | { type: 'articles'; articles: StoredArticle[]; analyses: ArticleAnalysis[]; keys: string[] }
  /** Every article of this worker's share has been sent; these are the files it could not use. */
  | { type: 'read'; problems: FileProblem[] }
  /** From the leading worker: the finished index over all shards (buffers transferred, not copied). */
  | { type: 'index'; index: PassageIndexParts }
  | { type: 'failed'; message: string };
