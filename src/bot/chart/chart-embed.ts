import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../engine/answer';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';
import { DISCORD_LIMITS } from '../../render/discord-limits';
import { truncateAtSentence } from '../../render/discord-truncate';
import { embedLength } from '../../render/embeds';
import { CHART_FILE_NAME, figureChartPlan } from '../../render/chart/figure-chart-spec';

export const CHART_IMAGE_URL = `attachment://${CHART_FILE_NAME}`;

/**
 * An answer page showing the chart: the image, and the chart in words as a field where the page has room for it
 * (a page of cited sentences may be full; the image's alt text says the same).
 */
export function chartEmbed(embed: APIEmbed, imageUrl: string, description: string | null, locale: Locale): APIEmbed {
  const withImage: APIEmbed = { ...embed, image: { url: imageUrl } };
  if (!description) return withImage;
  const field = {
    name: messages(locale).chart.fieldName,
    value: truncateAtSentence(description, DISCORD_LIMITS.embedFieldValue),
  };
  const fields = embed.fields ?? [];
  const fits =
    fields.length < DISCORD_LIMITS.embedFields &&
    embedLength(withImage) + field.name.length + field.value.length <= DISCORD_LIMITS.embedTotalPerMessage;
  return fits ? { ...withImage, fields: [...fields, field] } : withImage;
}

/** The chart's description for an answer's full list, without drawing it (for a page turned on a message with a chart). */
export function chartDescription(fullAnswer: Answer, locale: Locale): string | null {
  return figureChartPlan(fullAnswer, locale)?.description ?? null;
}
