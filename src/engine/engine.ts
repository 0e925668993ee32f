import type { Article } from '../corpus/article';
import type { Answer } from './answer';
import type { Command, SuggestField } from './command';

/** An engine reply: an answer, or a short user-facing error (never an exception for bad input). */
export type Outcome = { ok: true; answer: Answer } | { ok: false; error: string };

export interface Suggestion {
  /** Shown to the user, e.g. "KCNA — North Korea's state news agency" or "000_9a… — Nordkorea bestätigt …". */
  label: string;
  /** What the command receives when the user picks it. */
  value: string;
}

export interface EngineStats {
  articles: number;
  paragraphs: number;
  figures: number;
  attributions: number;
}

/** The answer engine: plain functions over an immutable, fully built corpus index. Knows nothing of Discord. */
export interface Engine {
  readonly articles: ReadonlyMap<string, Article>;
  answer(command: Command): Outcome;
  suggest(field: SuggestField, prefix: string, limit?: number): Suggestion[];
  stats(): EngineStats;
}
