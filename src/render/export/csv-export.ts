import { stringify } from 'csv-stringify/sync';
import { exportColumns, type ExportRow } from '../../engine/export/export-rows';
import type { CommandName } from '../../engine/answer';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';
import { displayName } from '../display-name';
import { qualifierCell } from './export-cells';

/**
 * An export as CSV (RFC 4180: comma, double quotes, CRLF), headed in the reader's language. The cells are data, not
 * prose: numbers as numbers ("11000", "1.5"), units by their id ("count", "percent", "EUR"), dates ISO, and what the
 * corpus does not know (no outlet, undated, no source named) an empty cell, so a spreadsheet sorts and filters them.
 * A byte order mark makes Excel read the file as UTF-8 (umlauts, „quotes“); csv-parse and LibreOffice skip it.
 */
export function csvExport(command: CommandName, rows: readonly ExportRow[], locale: Locale): string {
  const heads = messages(locale).export.columns;
  const columns = exportColumns(command);
  const records = rows.map((row) =>
    columns.map((column) => {
      if (column === 'qualifier') return qualifierCell(row, locale);
      if (column === 'source')
        return row.source === null ? null : displayName(row.source, row.sourceLabels ?? undefined, locale);
      return row[column];
    }),
  );
  return stringify(records, {
    bom: true,
    header: true,
    columns: columns.map((column) => heads[column]),
    record_delimiter: 'windows',
    cast: { number: (n) => String(n), boolean: (b) => (b ? 'true' : 'false') },
  });
}
