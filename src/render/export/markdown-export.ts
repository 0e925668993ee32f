import { exportColumns, type ExportColumn, type ExportRow } from '../../engine/export/export-rows';
import type { CommandName } from '../../engine/answer';
import { UNIT_LABEL } from '../../analysis/units';
import { messages } from '../../i18n/catalog';
import { formatNumber } from '../../locale/intl-format';
import type { Locale } from '../../locale/locale';
import { outletOf, publishedOf } from '../answer-wording';
import { displayName } from '../display-name';
import { qualifierCell } from './export-cells';

export interface MarkdownHeading {
  /** The answer's headline, as the embed's title says it. */
  title: string;
  /** The spread line, for /figure. */
  spread?: string;
  /** Said when the list was cut to fit a file. */
  note?: string;
}

/**
 * An export as a Markdown table for a story draft or a wiki: numbers and dates as the reader's language writes them,
 * the stand-ins "unknown outlet" and "undated" spelled out. Sentences and the words read are quoted verbatim; only a
 * pipe, which would end the cell, is escaped (it still reads as "|"), and a line break becomes a space.
 */
export function markdownExport(
  command: CommandName,
  rows: readonly ExportRow[],
  heading: MarkdownHeading,
  locale: Locale,
): string {
  const m = messages(locale);
  const columns = exportColumns(command);
  const lines = [`# ${oneLine(heading.title)}`, ''];
  if (heading.spread) lines.push(`**${oneLine(heading.spread)}**`, '');
  if (heading.note) lines.push(heading.note, '');
  lines.push(m.export.exportedFrom, '');
  lines.push(tableRow(columns.map((c) => m.export.columns[c])));
  lines.push(tableRow(columns.map((c) => (c === 'value' || c === 'upper' || c === 'paragraph' ? '---:' : '---'))));
  for (const row of rows) lines.push(tableRow(columns.map((c) => cell(row, c, locale))));
  return `${lines.join('\n')}\n`;
}

function cell(row: ExportRow, column: ExportColumn, locale: Locale): string {
  const m = messages(locale).answer;
  switch (column) {
    case 'value':
    case 'upper': {
      const n = row[column];
      return n === null ? '' : formatNumber(n, locale);
    }
    case 'unit':
      return row.unit === null ? '' : UNIT_LABEL[row.unit];
    case 'qualifier':
      return qualifierCell(row, locale);
    case 'source':
      return row.source === null ? m.noSourceNamed : displayName(row.source, row.sourceLabels ?? undefined, locale);
    case 'outlet':
      return outletOf(row, locale);
    case 'published':
      return publishedOf(row, locale);
    case 'paragraph':
      return String(row.paragraph);
    default:
      return row[column] ?? '';
  }
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** A pipe would end the cell; escaped, Markdown shows it as written. */
function escapeCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
