import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { InteractionOutcome } from '../src/bot/bot-command';
import { NO_MENTIONS } from '../src/bot/reply-options';
import { slashCommandData } from '../src/bot/slash-command-data';
import { SHELL_COMMANDS } from '../src/engine/command-table';
import { localeOfDiscord } from '../src/locale/locale';
import { renderHelp } from '../src/render/discord-help';

export const data = slashCommandData(SHELL_COMMANDS.help);

// Ephemeral: a reminder for one person, not something the whole channel needs to scroll past.
export async function execute(interaction: ChatInputCommandInteraction): Promise<InteractionOutcome> {
  await interaction.reply({
    embeds: [renderHelp(localeOfDiscord(interaction.locale))],
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
  return 'answered';
}
