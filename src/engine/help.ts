import { COMMAND_TABLE, type ListedName } from './command-table';

/**
 * The commands as users meet them, derived from the command table: the console's /help, the bot's /help and the
 * slash-command descriptions all read from here, so they cannot drift apart. What each does is worded per language
 * in the message catalog (src/i18n), under the same name.
 */
export interface CommandHelp {
  name: ListedName;
  usage: string;
  example: string;
  /** Only in Discord: the console has no digest channel and reloads on SIGHUP. */
  discordOnly?: true;
  /** Refused to anyone but moderators; /help says so beside it. */
  moderator?: true;
}

export const COMMAND_HELP: readonly CommandHelp[] = COMMAND_TABLE.filter((c) => !c.unlisted).map((c) => ({
  name: c.name as CommandHelp['name'],
  usage: c.usage,
  example: c.example,
  ...(c.discordOnly && { discordOnly: true }),
  ...(c.moderatorOnly && { moderator: true }),
}));
