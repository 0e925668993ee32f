import type { ExportRow } from '../../engine/export/export-rows';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';

/** The qualifier's cell: the qualifier as read, and a word saying the figure adds to an earlier total. */
export function qualifierCell(row: ExportRow, locale: Locale): string {
  const increment = row.increment ? messages(locale).answer.incrementShort : '';
  return [row.qualifier ?? '', increment].filter(Boolean).join(' ');
}
