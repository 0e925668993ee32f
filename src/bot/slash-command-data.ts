import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUERY_LENGTH } from '../engine/command';
import { COMMAND_HELP } from '../engine/help';
import { DISCORD_LIMITS } from '../render/discord-limits';

/** Descriptions come from the shared help table, so /help, the console and Discord's command picker agree. */
export function commandDescription(name: string): string {
  const description = COMMAND_HELP.find((c) => c.name === name)?.description ?? name;
  return description.slice(0, DISCORD_LIMITS.commandDescription);
}

/** A slash command with one required free-text option, capped at the engine's query length. */
export function queryCommandData(
  name: string,
  option: { name: string; description: string; autocomplete: boolean },
): SlashCommandBuilder {
  const builder = new SlashCommandBuilder().setName(name).setDescription(commandDescription(name));
  builder.addStringOption((o) =>
    o
      .setName(option.name)
      .setDescription(option.description)
      .setRequired(true)
      .setMaxLength(MAX_QUERY_LENGTH)
      .setAutocomplete(option.autocomplete),
  );
  return builder;
}
