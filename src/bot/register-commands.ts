import { REST, Routes } from 'discord.js';
import type { Env } from '../config/env';
import type { AppCommand } from './bot-command';

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
  commands: readonly Pick<AppCommand, 'data'>[],
): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const body = commands.map((c) => c.data.toJSON());
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return { scope: target.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

/** The registration target from env, or one line per setting that is missing. */
export function registrationTarget(
  env: Pick<Env, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>,
): { ok: true; target: RegistrationTarget } | { ok: false; problems: string[] } {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = env;
  if (!token || !applicationId) {
    const problems = [
      !token && 'DISCORD_TOKEN: required to register commands (the bot token)',
      !applicationId && 'DISCORD_APPLICATION_ID: required to register commands (the application id)',
    ].filter((p): p is string => typeof p === 'string');
    return { ok: false, problems };
  }
  return { ok: true, target: { token, applicationId, guildId: env.DISCORD_GUILD_ID, apiUrl: env.DISCORD_API_URL } };
}
