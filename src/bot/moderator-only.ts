import type { CommandInteraction } from 'discord.js';
import type { CommandSpec } from '../engine/command-table';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { requesterOf } from './discord-requester';
import { messages } from '../i18n/catalog';
import { localeOfDiscord } from '../locale/locale';
import { isModerator, type Requester } from './moderator';
import { ephemeralNotice } from './reply-options';

/**
 * `execute` for moderators only (see isModerator): anyone else gets the short ephemeral refusal, and the log says
 * who tried what. One wrapper for every moderator command, so none can forget the check or word it differently.
 */
export function moderatorOnly<I extends CommandInteraction>(
  command: string,
  execute: (interaction: I, ctx: CommandContext, requester: Requester) => Promise<InteractionOutcome>,
): (interaction: I, ctx: CommandContext) => Promise<InteractionOutcome> {
  return async (interaction, ctx) => {
    const requester = requesterOf(interaction);
    if (!isModerator(requester, ctx.env.MODERATOR_ROLE_IDS)) {
      ctx.logger.warn(
        { userId: requester.userId, interactionId: interaction.id, command },
        `${command} refused: not a moderator`,
      );
      await interaction.reply(ephemeralNotice(messages(localeOfDiscord(interaction.locale)).notices.moderatorsOnly));
      return 'user-error';
    }
    return execute(interaction, ctx, requester);
  };
}

/**
 * `execute` as the command table declares it: behind moderatorOnly when the command is moderator-only, as is
 * otherwise. The log names the command as typed ("digest now", "reload").
 */
export function guardedExecute<I extends CommandInteraction>(
  spec: Pick<CommandSpec, 'usage' | 'moderatorOnly'>,
  execute: (interaction: I, ctx: CommandContext, requester: Requester) => Promise<InteractionOutcome>,
): (interaction: I, ctx: CommandContext) => Promise<InteractionOutcome> {
  if (spec.moderatorOnly) return moderatorOnly(spec.usage.replace(/^\//, '').replace(/\s*<.*$/, ''), execute);
  return (interaction, ctx) => execute(interaction, ctx, requesterOf(interaction));
}
