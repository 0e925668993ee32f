import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import { NO_MENTIONS } from '../src/bot/reply-options';
import { pickerText } from '../src/bot/slash-command-data';
import { reloadAndAudit, reloadServiceFromEnv } from '../src/reload/audited-reload';
import { moderatorOnly } from '../src/bot/moderator-only';
import { messages } from '../src/i18n/catalog';
import { localeOfDiscord } from '../src/locale/locale';
import { formatReloadReport } from '../src/reload/reload-report';
import { followReloadProgress } from '../src/bot/reload-progress-reply';

// The default permission hides the command from non-moderators in the picker; admins can change that, so
// execute() checks again (moderatorOnly).
export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription(pickerText((m) => m.slash.reload).description)
  .setDescriptionLocalizations(pickerText((m) => m.slash.reload).localizations)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const execute = moderatorOnly('reload', async (interaction, ctx, requester): Promise<InteractionOutcome> => {
  const locale = localeOfDiscord(interaction.locale);
  // Deferred at once: reading and building a large corpus takes longer than Discord's three seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const service = reloadServiceFromEnv(ctx.env, ctx.holder, ctx.logger, interaction.client.rest);
  // A mention shows the moderator's current name in the audit channel (audit posts allow no mentions, so nobody is
  // pinged); a raw id told readers nothing.
  const progress = followReloadProgress(ctx.holder, locale, (content) =>
    interaction.editReply({ content, allowedMentions: NO_MENTIONS }),
  );
  const report = await reloadAndAudit(service, `<@${requester.userId}>`).finally(() => progress.stop());
  await interaction.editReply({ content: formatReloadReport(report, undefined, locale), allowedMentions: NO_MENTIONS });
  return report.outcome === 'reloaded' ? 'answered' : 'user-error';
});
