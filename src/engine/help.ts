/**
 * The commands as users meet them, in one place: the console's /help, the bot's /help and the slash-command
 * descriptions all read from here, so they cannot drift apart. The descriptions here are English; the message
 * catalog (src/i18n) words them for each language.
 */
export interface CommandHelp {
  name: 'figure' | 'source' | 'search' | 'article' | 'help';
  usage: string;
  description: string;
  example: string;
}

export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    name: 'figure',
    usage: '/figure <topic>',
    description: 'Every number the corpus gives for a topic, who gave it and where it stands.',
    example: '/figure troops',
  },
  {
    name: 'source',
    usage: '/source <name>',
    description: 'What the corpus quotes a source as saying, each with its citation.',
    example: '/source kcna',
  },
  {
    name: 'search',
    usage: '/search <text>',
    description: 'Full-text search over the corpus, typo-tolerant, best passages first.',
    example: '/search Gerasimow',
  },
  {
    name: 'article',
    usage: '/article <id>',
    description: "An article's title, outlet, date and the first line of each paragraph.",
    example: '/article 000_9a2567d393b2c456',
  },
  {
    name: 'help',
    usage: '/help',
    description: 'This list.',
    example: '/help',
  },
];
