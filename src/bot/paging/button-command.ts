import type { ButtonInteraction } from 'discord.js';
import { type Command, CommandSchema } from '../../engine/command';
import { parsePageFooter, type ReadPageFooter } from '../../render/discord-page-footer';
import { queryHash } from './page-custom-id';

/**
 * The command a button on an answer stands for: the query in the footer of the message it is on, provided the
 * button's own id names that command and query. Null when the button is stale (an id from another message or an
 * older version, or a footer that no longer reads as a query), which the caller answers privately.
 */
export function buttonCommand(
  interaction: ButtonInteraction,
  target: { command: string; queryHash: string } | null,
): { command: Command; footer: ReadPageFooter } | null {
  const footer = parsePageFooter(interaction.message.embeds[0]?.footer?.text);
  if (!target || !footer || footer.command !== target.command) return null;
  if (queryHash(footer.command, footer.query) !== target.queryHash) return null;
  const command = CommandSchema.safeParse({ name: footer.command, query: footer.query });
  return command.success ? { command: command.data, footer } : null;
}
