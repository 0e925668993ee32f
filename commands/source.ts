import type { ChatInputCommandInteraction } from 'discord.js';
import { answerCommand, suggestFor } from '../src/bot/answer-command';
import type { CommandContext } from '../src/bot/command-context';
import { slashCommandData } from '../src/bot/slash-command-data';
import { ANSWERED } from '../src/engine/command-table';

export const data = slashCommandData(ANSWERED.source.spec);

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext) =>
  answerCommand(interaction, ctx, 'source');

export const autocomplete = suggestFor('source');
