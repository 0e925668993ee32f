import type { ChatInputCommandInteraction } from 'discord.js';
import { ingestLinks } from '../src/bot/ingest-links';
import { guardedExecute } from '../src/bot/moderator-only';
import { slashCommandData } from '../src/bot/slash-command-data';
import { SHELL_COMMANDS } from '../src/engine/command-table';

// Moderator-only in the table: hidden from others in the picker, and execute() checks again.
const [URL] = SHELL_COMMANDS.ingest.options;

export const data = slashCommandData(SHELL_COMMANDS.ingest, (m) => m.slash.ingest);

export const execute = guardedExecute(
  SHELL_COMMANDS.ingest,
  (interaction: ChatInputCommandInteraction, ctx, requester) =>
    ingestLinks(interaction, ctx, requester, 'ingest', [interaction.options.getString(URL.name, true).trim()]),
);
