import { REST, Routes } from 'discord.js';
import type { BotCommand } from './bot-command';

export interface RegistrationTarget {
  token: string;
  applicationId: string;
  /** One guild (instant, for testing a desk's server); global when absent (may take up to an hour to appear). */
  guildId?: string | undefined;
  apiUrl?: string | undefined;
}

/**
 * Registers the slash commands with one bulk overwrite (PUT), so commands removed from the list disappear too.
 * Run by `npm run deploy-commands`, never at bot start: registration is rate-limited and rarely changes.
 */
export async function registerCommands(
  target: RegistrationTarget,
  commands: readonly Pick<BotCommand, 'data'>[],
): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const body = commands.map((c) => c.data.toJSON());
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return { scope: target.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}
