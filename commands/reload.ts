import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import { NO_MENTIONS } from '../src/bot/reply-options';
import { reloadAndAudit, reloadServiceFromEnv } from '../src/reload/audited-reload';
import { moderatorOnly } from '../src/bot/moderator-only';
import { formatReloadReport } from '../src/reload/reload-report';

// The default permission hides the command from non-moderators in the picker; admins can change that, so
// execute() checks again (moderatorOnly).
export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Re-read the data folder and put the new corpus in service (moderators).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const execute = moderatorOnly('reload', async (interaction, ctx, requester): Promise<InteractionOutcome> => {
  // Deferred at once: reading and building a large corpus takes longer than Discord's three seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const service = reloadServiceFromEnv(ctx.env, ctx.holder, ctx.logger, interaction.client.rest);
  const report = await reloadAndAudit(service, `${interaction.user.username} (${requester.userId})`);
  await interaction.editReply({ content: formatReloadReport(report), allowedMentions: NO_MENTIONS });
  return report.outcome === 'reloaded' ? 'answered' : 'user-error';
});
