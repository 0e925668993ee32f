import { type ChatInputCommandInteraction, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ingestLinksAsModerator } from '../src/bot/ingest-links';

// The default permission hides the command from non-moderators in the picker; execute() checks again.
export const data = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription('Fetch an article from a link and add it to the archive (moderators).')
  .addStringOption((option) =>
    option.setName('url').setDescription('Link to the article (http or https)').setRequired(true).setMaxLength(2000),
  )
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome> =>
  ingestLinksAsModerator(interaction, ctx, 'ingest', [interaction.options.getString('url', true).trim()]);
