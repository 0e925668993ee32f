import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandSpec } from '../engine/command-table';
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

/**
 * A command's slash data, derived from its declaration in the command table: its options with their limits and
 * autocomplete, their descriptions from the catalog (under the option's name), and, for moderator-only commands, the
 * default permission that hides them from others in the picker (admins can change that, so execute() checks again:
 * see guardedExecute). `describe` picks the command's description; /help's wording unless given.
 */
export function slashCommandData(
  spec: CommandSpec,
  describe: (m: Messages) => string = (m) => helpText(m, spec.name),
): SlashCommandBuilder {
  const command = pickerText(describe);
  const builder = new SlashCommandBuilder()
    .setName(spec.name)
    .setDescription(command.description)
    .setDescriptionLocalizations(command.localizations);
  for (const option of spec.options) {
    const described = pickerText((m) => m.slash.options[option.name as keyof Messages['slash']['options']]);
    builder.addStringOption((o) => {
      o.setName(option.name)
        .setDescription(described.description)
        .setDescriptionLocalizations(described.localizations)
        .setRequired(true)
        .setMaxLength(option.maxLength);
      return option.autocomplete === undefined ? o : o.setAutocomplete(option.autocomplete !== false);
    });
  }
  if (spec.moderatorOnly) {
    builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild);
  }
  return builder;
}

function helpText(m: Messages, name: string): string {
  const text = (m.help.commands as Partial<Record<string, string>>)[name];
  if (text === undefined) throw new Error(`no help entry for /${name}`);
  return text;
}
