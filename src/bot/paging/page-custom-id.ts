import { createHash } from 'node:crypto';
import { CommandNameSchema, type CommandName } from '../../engine/answer';

/**
 * Previous/Next keep their state in the button's custom id, not in memory, so they keep working after a restart.
 * Discord caps a custom id at 100 characters, too small for a 200-character query; the id carries only the
 * command, the target page and a short hash of the query, and the query is read back from the page footer of the
 * message the button is on. The hash makes sure that footer really is the answer the button was made for.
 */
export interface PageTarget {
  command: CommandName;
  /** 0-based page to show. */
  page: number;
  queryHash: string;
}

export const PAGE_ID_PREFIX = 'fd:page:';

export function queryHash(command: CommandName, query: string): string {
  return createHash('sha256').update(`${command}\n${query}`).digest('base64url').slice(0, 12);
}

/** `role` keeps Previous and Next distinct even when both point at the same page (Discord needs unique ids). */
export function pageCustomId(command: CommandName, query: string, page: number, role: 'prev' | 'next'): string {
  return `${PAGE_ID_PREFIX}${command}:${page}:${queryHash(command, query)}:${role}`;
}

export function parsePageCustomId(customId: string): PageTarget | null {
  if (!customId.startsWith(PAGE_ID_PREFIX)) return null;
  const [command, page, hash] = customId.slice(PAGE_ID_PREFIX.length).split(':');
  const name = CommandNameSchema.safeParse(command);
  const pageNumber = Number(page);
  if (!name.success || !Number.isInteger(pageNumber) || pageNumber < 0 || !hash) return null;
  return { command: name.data, page: pageNumber, queryHash: hash };
}
