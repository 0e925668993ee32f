// `npm run deploy-commands`: registers the slash commands with Discord, to DISCORD_GUILD_ID when set, else globally.
import { commands } from '../../commands';
import { ConfigError, loadEnv } from '../config/env';
import { createLogger } from '../logging/logger';
import { registerCommands } from './register-commands';

async function main(): Promise<number> {
  let env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const missing = [
    !env.DISCORD_TOKEN && 'DISCORD_TOKEN: required to register commands',
    !env.DISCORD_APPLICATION_ID && 'DISCORD_APPLICATION_ID: required to register commands',
  ].filter(Boolean);
  if (missing.length > 0 || !env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    console.error(`Cannot deploy commands:\n${missing.map((m) => `  ${m}`).join('\n')}`);
    return 1;
  }
  try {
    const result = await registerCommands(
      { token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, guildId: env.DISCORD_GUILD_ID, apiUrl: env.DISCORD_API_URL },
      commands,
    );
    logger.info({ scope: result.scope, guildId: env.DISCORD_GUILD_ID, commands: result.names }, 'slash commands registered');
    return 0;
  } catch (err) {
    logger.error({ err }, 'registering slash commands failed');
    return 1;
  }
}

process.exitCode = await main();
