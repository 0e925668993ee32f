import { type ChatInputCommandInteraction, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ephemeralNotice, NO_MENTIONS } from '../src/bot/reply-options';
import { pickerText } from '../src/bot/slash-command-data';
import { reloadAndAudit, reloadServiceFromEnv } from '../src/reload/audited-reload';
import { requesterOf } from '../src/reload/discord-requester';
import { messages } from '../src/i18n/catalog';
import { localeOfDiscord } from '../src/i18n/locale';
import { isModerator } from '../src/reload/moderator';
import { formatReloadReport } from '../src/reload/reload-report';

// The default permission hides the command from non-moderators in the picker; admins can change that, so
// execute() checks again.
export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription(pickerText((m) => m.slash.reload).description)
  .setDescriptionLocalizations(pickerText((m) => m.slash.reload).localizations)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  const requester = requesterOf(interaction);
  if (!isModerator(requester, ctx.env.MODERATOR_ROLE_IDS)) {
    ctx.logger.warn({ userId: requester.userId, interactionId: interaction.id, command: 'reload' }, 'reload refused: not a moderator');
    await interaction.reply(ephemeralNotice(messages(locale).notices.moderatorsOnly));
    return 'user-error';
  }
  // Deferred at once: reading and building a large corpus takes longer than Discord's three seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const service = reloadServiceFromEnv(ctx.env, ctx.holder, ctx.logger, interaction.client.rest);
  // A mention shows the moderator's current name in the audit channel (audit posts allow no mentions, so nobody is
  // pinged); a raw id told readers nothing.
  const report = await reloadAndAudit(service, `<@${requester.userId}>`);
  await interaction.editReply({ content: formatReloadReport(report, undefined, locale), allowedMentions: NO_MENTIONS });
  return report.outcome === 'reloaded' ? 'answered' : 'user-error';
}
