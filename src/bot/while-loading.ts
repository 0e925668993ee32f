import type { Interaction } from 'discord.js';
import { messages } from '../i18n/catalog';
import { formatPercent } from '../locale/intl-format';
import { localeOfDiscord } from '../locale/locale';
import type { InteractionOutcome } from './bot-command';
import { ephemeralNotice } from './reply-options';

/**
 * What an interaction gets before the first corpus is in service (the bot connects while its archive is built):
 * a command or button a short ephemeral "still loading the archive (63 %)" in the asker's language rather than
 * silence, autocomplete an empty list. `ratio` is how far the build has got, 0–1.
 */
export async function answerWhileLoading(interaction: Interaction, ratio: number): Promise<InteractionOutcome> {
  if (interaction.isAutocomplete()) {
    await interaction.respond([]);
    return 'loading';
  }
  if (!interaction.isRepliable()) return 'ignored';
  const locale = localeOfDiscord(interaction.locale);
  await interaction.reply(ephemeralNotice(messages(locale).notices.stillLoading(formatPercent(ratio, locale))));
  return 'loading';
}
