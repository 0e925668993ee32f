import type { Unit } from '../analysis/units';
import type { DisplayLabels, SourceEntry } from '../lexicon/schema';
import type { StoredArticle } from '../corpus/stored-article';
import type { Answer } from './answer';
import type { Command, SuggestField } from './command';

/**
 * Why no answer: the question could not be read (`bad-input`), or answering it failed (`internal`). Adapters decide
 * by the kind, never by the message's words.
 */
type FailureKind = 'bad-input' | 'internal';

/** An engine reply: an answer, or a short user-facing error of a kind (never an exception for bad input). */
export type Outcome = { ok: true; answer: Answer } | { ok: false; kind: FailureKind; error: string };

export interface Suggestion {
  /** Shown to the user, e.g. "KCNA — North Korea's state news agency" or "000_9a… — Nordkorea bestätigt …". */
  label: string;
  /** What the command receives when the user picks it. */
  value: string;
  /** What `label` is made of, for shells that word it in another language; absent for article ids. */
  parts?: SuggestionParts;
}

interface SuggestionParts {
  name: string;
  labels?: DisplayLabels;
  /** A source's kind (agency, person, …), unless the articles gave a role to show instead (`detail`). */
  kind?: SourceEntry['kind'];
  /** A discovered source's role, or a vocabulary subject's English name. */
  detail?: string;
  /** How many figures (topic) or quotes (source) there are. */
  count?: { n: number; of: 'figures' | 'quotes' };
}

/** One line of the figure board: a topic's spread across the corpus. */
export interface TopicSpread {
  topicId: string;
  label: string;
  labels?: DisplayLabels;
  /** Smallest and largest stated total (increments such as "weitere 3.000" are left out of the spread). */
  min: number;
  max: number;
  /** Distinct named sources behind the topic's figures. */
  sources: number;
  /** Figures with no named source. */
  unattributed: number;
  figures: number;
  /** The unit the spread is in (a topic stated in several units spreads the one most of its figures are in). */
  unit: Unit;
  /** Ready-to-show line, e.g. "8,000–12,000 from 6 sources". */
  summary: string;
}

export interface SourceCount {
  sourceId: string;
  name: string;
  labels?: DisplayLabels;
  /** Sentences in which the corpus quotes or credits the source. */
  count: number;
}

interface EngineStats {
  articles: number;
  paragraphs: number;
  figures: number;
  attributions: number;
}

/**
 * How much of an answer to build. `all`: every result, not capped at the pages' list (an export of the full list);
 * /search and /article are the same either way.
 */
export interface AnswerOptions {
  all?: boolean;
}

/** The answer engine: plain functions over an immutable, fully built corpus index. Knows nothing of Discord. */
export interface Engine {
  readonly articles: ReadonlyMap<string, StoredArticle>;
  answer(command: Command, options?: AnswerOptions): Outcome;
  suggest(field: SuggestField, prefix: string, limit?: number): Suggestion[];
  stats(): EngineStats;
  /** Every topic that has figures, largest number of figures first (the digest's figure board). */
  figureBoard(): TopicSpread[];
  /** A topic's figures as `/figure` answers them, by topic id (the board's tables); null when it has none. */
  topicFigures(topicId: string): Answer | null;
  /** Sources by how often the corpus quotes or credits them, most first. */
  topSources(limit: number): SourceCount[];
}
