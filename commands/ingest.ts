import { type ChatInputCommandInteraction, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import type { CommandContext } from '../src/bot/command-context';
import { ingestLinksAsModerator } from '../src/bot/ingest-links';
import { pickerText } from '../src/bot/slash-command-data';

// The default permission hides the command from non-moderators in the picker; execute() checks again.
const commandText = pickerText((m) => m.slash.ingest);
const urlText = pickerText((m) => m.slash.options.url);

export const data = new SlashCommandBuilder()
  .setName('ingest')
  .setDescription(commandText.description)
  .setDescriptionLocalizations(commandText.localizations)
  .addStringOption((option) =>
    option
      .setName('url')
      .setDescription(urlText.description)
      .setDescriptionLocalizations(urlText.localizations)
      .setRequired(true)
      .setMaxLength(2000),
  )
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome> =>
  ingestLinksAsModerator(interaction, ctx, 'ingest', [interaction.options.getString('url', true).trim()]);
