import { type ChatInputCommandInteraction, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ephemeralNotice, NO_MENTIONS } from '../src/bot/reply-options';
import { botIngestDeps } from '../src/ingest/ingest-from-env';
import { ingestLink } from '../src/ingest/ingest-link';
import { formatIngestResult } from '../src/ingest/ingest-reply';
import { reloadServiceFromEnv } from '../src/reload/audited-reload';
import { requesterOf } from '../src/reload/discord-requester';
import { isModerator, MODERATORS_ONLY } from '../src/reload/moderator';
import { truncateAtSentence } from '../src/render/discord-truncate';
import { DISCORD_LIMITS } from '../src/render/discord-limits';

// Moderators only, like /reload: an ingest writes into the archive everyone cites from and reloads it.
export const data = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription('Fetch an article from a link and add it to the archive (moderators).')
  .addStringOption((option) =>
    option.setName('url').setDescription('Link to the article (http or https)').setRequired(true).setMaxLength(2000),
  )
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome> {
  const requester = requesterOf(interaction);
  if (!isModerator(requester, ctx.env.MODERATOR_ROLE_IDS)) {
    ctx.logger.warn({ userId: requester.userId, interactionId: interaction.id, command: 'ingest' }, 'ingest refused: not a moderator');
    await interaction.reply(ephemeralNotice(MODERATORS_ONLY));
    return 'user-error';
  }
  // Deferred at once: a fetch alone may take longer than Discord's three seconds.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const actor = `${interaction.user.username} (${requester.userId})`;
  const service = reloadServiceFromEnv(ctx.env, ctx.holder, ctx.logger, interaction.client.rest);
  const link = interaction.options.getString('url', true).trim();
  const result = await ingestLink(link, botIngestDeps(ctx.env, ctx.holder, service, actor));
  ctx.logger.info({ actor, link, ok: result.ok, ...(result.ok ? { id: result.id } : { reason: result.reason }) }, 'ingest');
  await interaction.editReply({
    content: truncateAtSentence(formatIngestResult(result), DISCORD_LIMITS.content),
    allowedMentions: NO_MENTIONS,
  });
  return result.ok ? 'answered' : 'user-error';
}
