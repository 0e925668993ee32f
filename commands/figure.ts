import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerCommand } from '../src/bot/answer-command';
import type { CommandContext } from '../src/bot/command-context';
import { queryCommandData } from '../src/bot/slash-command-data';
import { suggestChoices } from '../src/bot/suggest-choices';

export const data = queryCommandData('figure', { name: 'topic', autocomplete: true });

export const execute = (interaction: ChatInputCommandInteraction, ctx: CommandContext) =>
  answerCommand(interaction, ctx, 'figure', 'topic');

export const autocomplete = (interaction: AutocompleteInteraction, ctx: CommandContext) =>
  suggestChoices(interaction, ctx, 'topic');
