import type { AutocompleteInteraction } from 'discord.js';
import { MAX_QUERY_LENGTH, type SuggestField } from '../engine/command';
import type { Suggestion } from '../engine/engine';
import { localeOfDiscord, type Locale } from '../locale/locale';
import { DISCORD_LIMITS } from '../render/discord-limits';
import { truncateAtSentence } from '../render/discord-truncate';
import { suggestionLabel } from '../render/suggestion-label';
import type { InteractionOutcome } from './bot-command';
import type { CommandContext } from './command-context';
import { LogEvent } from '../logging/log-events';

/**
 * Autocomplete for a field: the engine's best matches for what is typed so far (its most-cited entries for an
 * empty box), at most 25, shaped to Discord's 100-character choice limits. Autocomplete must answer within 3 s and
 * cannot show an error, so a failure answers with no choices and is logged.
 */
export async function suggestChoices(
  interaction: AutocompleteInteraction,
  ctx: CommandContext,
  field: SuggestField,
): Promise<InteractionOutcome> {
  let suggestions: Suggestion[] = [];
  try {
    // Discord enforces the option's max_length while typing; the slice guards against a client that does not.
    const typed = String(interaction.options.getFocused() ?? '').slice(0, MAX_QUERY_LENGTH);
    suggestions = ctx.holder.current.suggest(field, typed, DISCORD_LIMITS.autocompleteChoices);
  } catch (err) {
    ctx.logger.error(
      { event: LogEvent.autocompleteFailed, err, interactionId: interaction.id, field },
      'autocomplete failed',
    );
  }
  await interaction.respond(toChoices(suggestions, localeOfDiscord(interaction.locale)));
  return 'suggested';
}

export function toChoices(suggestions: Suggestion[], locale: Locale = 'en'): Array<{ name: string; value: string }> {
  return suggestions
    .filter((s) => s.value.length >= 1 && s.value.length <= DISCORD_LIMITS.autocompleteChoiceValue)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((s) => ({
      name: truncateAtSentence(suggestionLabel(s, locale) || s.value, DISCORD_LIMITS.autocompleteChoiceName),
      value: s.value,
    }));
}
