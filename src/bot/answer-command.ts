import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandName } from '../engine/answer';
import { CommandSchema } from '../engine/command';
import { answerPlan } from './answer-plan';
import { askEngine } from './ask-engine';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { ephemeralNotice } from './reply-options';
import { replyWithin } from './reply-within';

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
  const parsed = CommandSchema.safeParse({ name, query: interaction.options.getString(optionName) ?? '' });
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? 'is not valid';
    await interaction.reply(ephemeralNotice(`The ${optionName} ${reason}.`));
    return 'user-error';
  }
  let result: InteractionOutcome = 'answered';
  await replyWithin(interaction, () => {
    const planned = answerPlan(askEngine(ctx, parsed.data, interaction.id));
    result = planned.result;
    return planned.plan;
  });
  return result;
}
