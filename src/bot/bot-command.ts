import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandContext } from './command-context';

/** How an interaction ended, for the log line every interaction gets. */
export type InteractionOutcome = 'answered' | 'miss' | 'user-error' | 'engine-error' | 'suggested' | 'paged' | 'ignored';

/** One slash command module, as in the discord.js guide: its definition plus handlers. */
export interface BotCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
}
