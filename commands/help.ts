import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import { NO_MENTIONS } from '../src/bot/reply-options';
import { commandDescription } from '../src/bot/slash-command-data';

const described = commandDescription('help');
import { localeOfDiscord } from '../src/locale/locale';
import { renderHelp } from '../src/render/discord-help';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription(described.description)
  .setDescriptionLocalizations(described.localizations);

// Ephemeral: a reminder for one person, not something the whole channel needs to scroll past.
export async function execute(interaction: ChatInputCommandInteraction): Promise<InteractionOutcome> {
  await interaction.reply({ embeds: [renderHelp(localeOfDiscord(interaction.locale))], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  return 'answered';
}
