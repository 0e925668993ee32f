import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandContext } from './command-context';

/** How an interaction ended, for the log line every interaction gets. */
export type InteractionOutcome =
  | 'answered'
  | 'miss'
  | 'user-error'
  | 'engine-error'
  | 'suggested'
  | 'paged'
  | 'ignored'
  /** Arrived before the first corpus was in service: told so, or offered no choices. */
  | 'loading';

/** One slash command module, as in the discord.js guide: its definition plus handlers. */
export interface BotCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
}

/** One message context-menu command (right-click a message → Apps), such as "Add to archive". */
export interface MessageMenuCommand {
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  executeOnMessage(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<InteractionOutcome>;
}

/** Everything the bot registers: slash commands and message context-menu commands, in one list. */
export type AppCommand = BotCommand | MessageMenuCommand;

export const isMessageMenuCommand = (command: AppCommand): command is MessageMenuCommand =>
  'executeOnMessage' in command;
