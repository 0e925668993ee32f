import { CommandNameSchema, type CommandName } from '../../engine/answer';
import { EXPORT_FORMATS, type ExportFormat } from '../../render/export/export-file';
import { queryHash } from '../paging/page-custom-id';

/**
 * The CSV and Markdown buttons keep their state as Previous/Next do (see page-custom-id.ts): the id carries the
 * command, the format and the query's hash, and the query is read back from the footer of the message the button
 * is on, so a click after a restart or a reload exports what the message asked, from the corpus in service then.
 */
export interface ExportTarget {
  command: CommandName;
  format: ExportFormat;
  queryHash: string;
}

export const EXPORT_ID_PREFIX = 'fd:export:';

export function exportCustomId(command: CommandName, query: string, format: ExportFormat): string {
  return `${EXPORT_ID_PREFIX}${command}:${format}:${queryHash(command, query)}`;
}

export function parseExportCustomId(customId: string): ExportTarget | null {
  if (!customId.startsWith(EXPORT_ID_PREFIX)) return null;
  const [command, format, hash, ...rest] = customId.slice(EXPORT_ID_PREFIX.length).split(':');
  const name = CommandNameSchema.safeParse(command);
  const known = EXPORT_FORMATS.find((f) => f === format);
  if (!name.success || !known || !hash || rest.length > 0) return null;
  return { command: name.data, format: known, queryHash: hash };
}
