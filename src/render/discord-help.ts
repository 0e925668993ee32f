import type { APIEmbed } from 'discord.js';
import { COMMAND_HELP } from '../engine/help';
import { messages } from '../i18n/catalog';
import type { Locale } from '../locale/locale';

/** /help as an embed, from the same table the console's /help prints. */
export function renderHelp(locale: Locale = 'en'): APIEmbed {
  const m = messages(locale).help;
  return {
    title: m.title,
    description: m.description,
    color: 0x2b6cb0,
    fields: COMMAND_HELP.map((c) => ({
      name: c.moderator ? `${c.usage} ${m.moderatorsOnly}` : c.usage,
      value: `${m.commands[c.name]}\n${m.example(c.example)}`,
    })),
  };
}
