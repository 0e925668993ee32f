import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { CommandSchema, textProblem } from '../engine/command';
import { queryOption, type AnsweredName } from '../engine/command-table';
import { messages } from '../i18n/catalog';
import { localeOfDiscord } from '../locale/locale';
import { answerPlan } from './answer-plan';
import { askEngine } from './ask-engine';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { ephemeralNotice } from './reply-options';
import { replyWithin } from './reply-within';
import { withFigureChart } from './chart/with-figure-chart';
import { suggestChoices } from './suggest-choices';

/**
 * The whole of /figure, /source, /search and /article: read the one string option the command table declares,
 * validate it with the same schema the console uses, ask the engine, reply. Bad input and misses are ephemeral;
 * answers are public.
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  name: AnsweredName,
): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  const option = queryOption(name);
  const parsed = CommandSchema.safeParse({ name, query: interaction.options.getString(option.name) ?? '' });
  if (!parsed.success) {
    const notice = messages(locale).notices.optionInvalid(option.name, textProblem(parsed.error), option.maxLength);
    await interaction.reply(ephemeralNotice(notice));
    return 'user-error';
  }
  let result: InteractionOutcome = 'answered';
  await replyWithin(interaction, () => {
    const planned = answerPlan(askEngine(ctx, parsed.data, interaction.id), 0, locale);
    result = planned.result;
    return withFigureChart(planned.plan, ctx, parsed.data, locale, interaction.id);
  });
  return result;
}

/** Autocomplete for an engine command's query option, for the field the command table names. */
export function suggestFor(name: AnsweredName) {
  const field = queryOption(name).autocomplete;
  if (!field) throw new Error(`/${name} declares no autocomplete`);
  return (interaction: AutocompleteInteraction, ctx: CommandContext): Promise<InteractionOutcome> =>
    suggestChoices(interaction, ctx, field);
}
