import type { ChatInputCommandInteraction } from 'discord.js';
import { answerCommand } from '../src/bot/answer-command';
import type { CommandContext } from '../src/bot/command-context';
import { queryCommandData } from '../src/bot/slash-command-data';

// Free text: no autocomplete, since any words are a valid search.
export const data = queryCommandData('search', { name: 'query', autocomplete: false });

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext) =>
  answerCommand(interaction, ctx, 'search', 'query');
