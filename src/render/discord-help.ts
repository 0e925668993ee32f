import type { APIEmbed } from 'discord.js';
import { COMMAND_HELP } from '../engine/help';

/** /help as an embed, from the same table the console's /help prints. */
export function renderHelp(): APIEmbed {
  return {
    title: 'Factdesk commands',
    description: 'Every answer is verbatim sentences from the desk’s articles, each with its citation.',
    color: 0x2b6cb0,
    fields: COMMAND_HELP.map((c) => ({ name: c.usage, value: `${c.description}\nExample: \`${c.example}\`` })),
  };
}
