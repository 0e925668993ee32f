import type { ChatInputCommandInteraction } from 'discord.js';
import { answerCommand } from '../src/bot/answer-command';
import type { CommandContext } from '../src/bot/command-context';
import { slashCommandData } from '../src/bot/slash-command-data';
import { ANSWERED } from '../src/engine/command-table';

// Free text: no autocomplete (see the table), since any words are a valid search.
export const data = slashCommandData(ANSWERED.search.spec);

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext) =>
  answerCommand(interaction, ctx, 'search');
