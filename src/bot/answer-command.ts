import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandName } from '../engine/answer';
import { CommandSchema, MAX_QUERY_LENGTH } from '../engine/command';
import { messages } from '../i18n/catalog';
import { localeOfDiscord } from '../locale/locale';
import { answerPlan } from './answer-plan';
import { askEngine } from './ask-engine';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { ephemeralNotice } from './reply-options';
import { replyWithin } from './reply-within';
import { withFigureChart } from './chart/with-figure-chart';

/**
 * The whole of /figure, /source, /search and /article: read the one string option, validate it with the same
 * schema the console uses, ask the engine, reply. Bad input and misses are ephemeral; answers are public.
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  name: CommandName,
  optionName: string,
): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  const parsed = CommandSchema.safeParse({ name, query: interaction.options.getString(optionName) ?? '' });
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.code;
    const problem = code === 'too_small' ? 'empty' : code === 'too_big' ? 'too-long' : 'invalid';
    await interaction.reply(ephemeralNotice(messages(locale).notices.optionInvalid(optionName, problem, MAX_QUERY_LENGTH)));
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
