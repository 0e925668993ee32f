import type { Unit } from '../../analysis/units';
import type { Answer, AnswerResult } from '../answer';

/**
 * One line of an exported /figure or /source list, as plain data: what a reporter takes into a story or a sheet.
 * Nulls are what the corpus does not know (no outlet, undated, no source named), never guessed.
 */
export interface ExportRow {
  value: number | null;
  /** The upper end of a range ("11.000 bis 12.000"); null for a single value. */
  upper: number | null;
  unit: Unit | null;
  /** What the figure is an amount of, or the word it counts ("Wachstum", "Soldaten"). */
  measure: string | null;
  qualifier: string | null;
  /** The figure adds to an earlier total ("weitere 3.000"); renderers say so beside the qualifier. */
  increment: boolean;
  source: string | null;
  /** The source's name for German readers, from the lexicon. */
  sourceLabels: { de: string } | null;
  /** Whom the source told it ("der APA"). */
  via: string | null;
  /** The words the figure (in a /figure list) or the credit (in a /source list) was read from, verbatim. */
  wordsRead: string | null;
  /** The verbatim sentence. */
  sentence: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  paragraph: number;
  articleId: string;
}

/** The columns a file shows: `increment` is worded into the qualifier's cell, `sourceLabels` into the source's. */
export type ExportColumn = Exclude<keyof ExportRow, 'increment' | 'sourceLabels'>;

/** The columns an export of each command has, in order: a /source list has no figures, a /figure list no `via`. */
export function exportColumns(command: Answer['command']): readonly ExportColumn[] {
  const citation: ExportColumn[] = ['sentence', 'title', 'outlet', 'published', 'url', 'paragraph', 'articleId'];
  if (command === 'figure') {
    return ['value', 'upper', 'unit', 'measure', 'qualifier', 'source', 'wordsRead', ...citation];
  }
  return ['source', 'via', 'wordsRead', ...citation];
}

/** The rows of an answer, one per result, in the answer's order. Ask the engine with `{ all: true }` for the full list. */
export function exportRows(answer: Answer): ExportRow[] {
  return answer.results.map((r) => exportRow(r, answer.command));
}

function exportRow(r: AnswerResult, command: Answer['command']): ExportRow {
  const f = r.figure;
  return {
    value: f?.value ?? null,
    upper: f?.upper ?? null,
    unit: f?.unit ?? null,
    measure: f?.measure ?? f?.counted ?? null,
    qualifier: f?.qualifier ?? null,
    increment: f?.increment === true,
    source: r.source ?? null,
    sourceLabels: r.sourceLabels ?? null,
    via: r.via ?? null,
    wordsRead: command === 'figure' ? (f?.text ?? null) : (r.sourceSpan ?? null),
    sentence: r.snippet,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    url: r.url ?? null,
    paragraph: r.paragraph,
    articleId: r.articleId,
  };
}
