import type { APIEmbed, ButtonInteraction } from 'discord.js';
import type { Command } from '../../engine/command';
import { answerPlan } from '../answer-plan';
import { askEngine } from '../ask-engine';
import type { InteractionOutcome } from '../bot-command';
import type { CommandContext } from '../command-context';
import { ephemeralNotice, NO_MENTIONS } from '../reply-options';
import { messages } from '../../i18n/catalog';
import { localeOfDiscord, type Locale } from '../../locale/locale';
import { buttonCommand } from './button-command';
import { parsePageCustomId } from './page-custom-id';
import { chartDescription, chartEmbed } from '../chart/chart-embed';

/**
 * Previous/Next: rebuild the answer from the query in the footer of the message the button is on and update that
 * message, and only that message, to the requested page. Works after a restart because nothing is in memory.
 */
export async function handlePageButton(
  interaction: ButtonInteraction,
  ctx: CommandContext,
): Promise<InteractionOutcome> {
  const locale = localeOfDiscord(interaction.locale);
  const STALE = messages(locale).notices.staleButton;
  const target = parsePageCustomId(interaction.customId);
  const asked = target && buttonCommand(interaction, target);
  if (!target || !asked) {
    await interaction.reply(ephemeralNotice(STALE));
    return 'user-error';
  }
  const { command, footer } = asked;
  // The message keeps the language it was written in, whoever pages it; a notice goes to the presser in theirs.
  const { plan, page } = answerPlan(askEngine(ctx, command, interaction.id), target.page, footer.locale);
  if (plan.visibility === 'ephemeral') {
    // The corpus changed under the message (a reload): say so privately, leave the message as it is.
    await interaction.reply(ephemeralNotice(`${STALE} (${plan.content})`));
    return 'miss';
  }
  // A /figure message keeps the chart it was sent with: the file stays on the message, each page shows it.
  const image = interaction.message.embeds[0]?.image?.url;
  const embeds = image ? keepChart(plan.embeds, page, image, ctx, command, footer.locale, interaction.id) : plan.embeds;
  await interaction.update({ embeds, components: plan.components, allowedMentions: NO_MENTIONS });
  return 'paged';
}

/** The chart's image on every page; its description on the first, the figure table, as when it was sent. */
function keepChart(
  embeds: APIEmbed[],
  page: number,
  image: string,
  ctx: CommandContext,
  command: Command,
  locale: Locale,
  interactionId: string,
): APIEmbed[] {
  const full = page === 0 ? askEngine(ctx, command, interactionId, { all: true }) : null;
  const description = full?.ok ? chartDescription(full.answer, locale) : null;
  return embeds.map((embed) => chartEmbed(embed, image, description, locale));
}
