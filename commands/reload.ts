import { MessageFlags } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import { NO_MENTIONS } from '../src/bot/reply-options';
import { slashCommandData } from '../src/bot/slash-command-data';
import { reloadAndAudit, reloadServiceFromEnv } from '../src/reload/audited-reload';
import { guardedExecute } from '../src/bot/moderator-only';
import { SHELL_COMMANDS } from '../src/engine/command-table';
import { localeOfDiscord } from '../src/locale/locale';
import { formatReloadReport } from '../src/reload/reload-report';
import { followReloadProgress } from '../src/bot/reload-progress-reply';

// Moderator-only in the table: hidden from others in the picker, and execute() checks again.
export const data = slashCommandData(SHELL_COMMANDS.reload, (m) => m.slash.reload);

export const execute = guardedExecute(
  SHELL_COMMANDS.reload,
  async (interaction, ctx, requester): Promise<InteractionOutcome> => {
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
    await interaction.editReply({
      content: formatReloadReport(report, undefined, locale),
      allowedMentions: NO_MENTIONS,
    });
    return report.outcome === 'reloaded' ? 'answered' : 'user-error';
  },
);
