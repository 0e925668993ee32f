import type { Answer } from '../../engine/answer';
import { exportRows, type ExportRow } from '../../engine/export/export-rows';
import { messages } from '../../i18n/catalog';
import { formatNumber } from '../../locale/intl-format';
import type { Locale } from '../../locale/locale';
import { answerHeadline, spreadLine } from '../answer-wording';
import { csvExport } from './csv-export';
import { markdownExport } from './markdown-export';

export const EXPORT_FORMATS = ['csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** "factdesk-figure-troops.csv". */
  name: string;
  data: Buffer;
  /** Rows in the file, and rows in the answer: fewer only when the whole list would not fit `maxBytes`. */
  rows: number;
  total: number;
  /** Said when rows < total. */
  note?: string;
}

/**
 * An answer's full list as a file. Pass the answer the engine gives for `{ all: true }`. A list too long for
 * `maxBytes` (an agency quoted tens of thousands of times) keeps its first rows and says so, in the file and in
 * `note`, rather than failing.
 */
export function exportFile(
  answer: Answer,
  format: ExportFormat,
  locale: Locale,
  maxBytes = Number.POSITIVE_INFINITY,
): ExportFile {
  const rows = exportRows(answer);
  let shown = rows.length;
  let data = render(answer, rows, shown, format, locale);
  while (data.length > maxBytes && shown > 0) {
    shown = Math.max(0, Math.min(shown - 1, Math.floor((shown * maxBytes * 0.95) / data.length)));
    data = render(answer, rows, shown, format, locale);
  }
  const note = shown < rows.length ? cutNote(shown, rows.length, locale) : undefined;
  return { name: fileName(answer, format), data, rows: shown, total: rows.length, ...(note && { note }) };
}

function render(
  answer: Answer,
  rows: readonly ExportRow[],
  shown: number,
  format: ExportFormat,
  locale: Locale,
): Buffer {
  const kept = rows.slice(0, shown);
  if (format === 'csv') return Buffer.from(csvExport(answer.command, kept, locale), 'utf8');
  const spread = spreadLine(answer, locale);
  const note = shown < rows.length ? cutNote(shown, rows.length, locale) : undefined;
  const heading = { title: answerHeadline(answer, locale), ...(spread && { spread }), ...(note && { note }) };
  return Buffer.from(markdownExport(answer.command, kept, heading, locale), 'utf8');
}

function cutNote(shown: number, total: number, locale: Locale): string {
  return messages(locale).export.cut(formatNumber(shown, locale), formatNumber(total, locale));
}

/** A file name any system accepts: the command and the query in ASCII letters and digits. */
export function fileName(answer: Pick<Answer, 'command' | 'query'>, format: ExportFormat): string {
  const slug = answer.query
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `factdesk-${answer.command}-${slug || 'export'}.${format}`;
}
