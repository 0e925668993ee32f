import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUERY_LENGTH } from '../engine/command';
import { COMMAND_HELP, type CommandHelp } from '../engine/help';
import { messages } from '../i18n/catalog';
import type { Messages } from '../i18n/messages';
import { DISCORD_LIMITS } from '../render/discord-limits';

/**
 * A text from the catalog as Discord's picker takes it: the English text as the description, the German one as
 * its localization for every German client. Command and option names are the same in both languages, so a
 * command typed from the README works for everyone.
 */
export function pickerText(text: (m: Messages) => string): { description: string; localizations: { de: string } } {
  const cap = (s: string) => s.slice(0, DISCORD_LIMITS.commandDescription);
  return { description: cap(text(messages('en'))), localizations: { de: cap(text(messages('de'))) } };
}

/** Descriptions come from the shared help table, so /help, the console and Discord's command picker agree. */
export function commandDescription(name: CommandHelp['name']): { description: string; localizations: { de: string } } {
  if (!COMMAND_HELP.some((c) => c.name === name)) throw new Error(`no help entry for /${name}`);
  return pickerText((m) => m.help.commands[name]);
}

/** A slash command with one required free-text option, capped at the engine's query length. */
export function queryCommandData(
  name: CommandHelp['name'],
  option: { name: keyof Messages['slash']['options']; autocomplete: boolean },
): SlashCommandBuilder {
  const command = commandDescription(name);
  const described = pickerText((m) => m.slash.options[option.name]);
  const builder = new SlashCommandBuilder()
    .setName(name)
    .setDescription(command.description)
    .setDescriptionLocalizations(command.localizations);
  builder.addStringOption((o) =>
    o
      .setName(option.name)
      .setDescription(described.description)
      .setDescriptionLocalizations(described.localizations)
      .setRequired(true)
      .setMaxLength(MAX_QUERY_LENGTH)
      .setAutocomplete(option.autocomplete),
  );
  return builder;
}
