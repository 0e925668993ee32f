import type { Command } from '../../engine/command';
import type { Locale } from '../../locale/locale';
import { figureChart } from '../../render/chart/figure-chart';
import { DISCORD_LIMITS } from '../../render/discord-limits';
import { truncateAtSentence } from '../../render/discord-truncate';
import { askEngine } from '../ask-engine';
import type { CommandContext } from '../command-context';
import type { ReplyPlan } from '../reply-within';
import { chartEmbed, CHART_IMAGE_URL } from './chart-embed';

/**
 * A /figure reply with its chart attached as figure.png and shown in the embed, described in words on the first
 * page (the figure table; the pages of cited sentences have no room to spare). The chart is drawn from the full
 * list, as the spread is. An answer that gets no chart (mixed units, fewer than two figures) is sent as it was, and
 * so is one whose chart fails to draw: the figures matter more than the picture, and the failure is logged.
 */
export async function withFigureChart(
  plan: ReplyPlan,
  ctx: CommandContext,
  command: Command,
  locale: Locale,
  interactionId: string,
): Promise<ReplyPlan> {
  // Sent on the first page only: a reply is always page 1.
  if (plan.visibility !== 'public' || command.name !== 'figure') return plan;
  const outcome = askEngine(ctx, command, interactionId, { all: true });
  if (!outcome.ok) return plan;
  try {
    const chart = await figureChart(outcome.answer, locale);
    if (!chart) return plan;
    return {
      ...plan,
      embeds: plan.embeds.map((embed) => chartEmbed(embed, CHART_IMAGE_URL, chart.description, locale)),
      files: [
        ...(plan.files ?? []),
        {
          name: chart.name,
          data: chart.png,
          description: truncateAtSentence(chart.description, DISCORD_LIMITS.attachmentDescription),
        },
      ],
    };
  } catch (err) {
    ctx.logger.warn({ err, interactionId }, 'figure chart could not be drawn; answering without it');
    return plan;
  }
}
