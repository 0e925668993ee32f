/**
 * The commands as users meet them, in one place: the console's /help, the bot's /help and the slash-command
 * descriptions all read from here, so they cannot drift apart. What each does is worded per language in the
 * message catalog (src/i18n), under the same name.
 */
export interface CommandHelp {
  name: 'figure' | 'source' | 'search' | 'article' | 'help' | 'digest-preview' | 'digest-now' | 'reload';
  usage: string;
  example: string;
  /** Only in Discord: the console has no digest channel and reloads on SIGHUP. */
  discordOnly?: true;
  /** Refused to anyone but moderators; /help says so beside it. */
  moderator?: true;
}

export const COMMAND_HELP: readonly CommandHelp[] = [
  { name: 'figure', usage: '/figure <topic>', example: '/figure troops' },
  { name: 'source', usage: '/source <name>', example: '/source kcna' },
  { name: 'search', usage: '/search <text>', example: '/search Gerasimow' },
  { name: 'article', usage: '/article <id>', example: '/article 000_9a2567d393b2c456' },
  { name: 'help', usage: '/help', example: '/help' },
  { name: 'digest-preview', usage: '/digest preview', example: '/digest preview', discordOnly: true },
  { name: 'digest-now', usage: '/digest now', example: '/digest now', discordOnly: true, moderator: true },
  { name: 'reload', usage: '/reload', example: '/reload', discordOnly: true, moderator: true },
];
