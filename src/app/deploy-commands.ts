// `npm run deploy-commands`: registers the slash commands with Discord, to DISCORD_GUILD_ID when set, else globally.
import { commands } from '../../commands';
import { ConfigError, loadEnv } from '../config/env';
import { createLogger } from '../logging/logger';
import { registerCommands, registrationTarget } from '../bot/register-commands';
import { LogEvent } from '../logging/log-events';

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
  const settings = registrationTarget(env);
  if (!settings.ok) {
    console.error(`Cannot deploy commands:\n${settings.problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  try {
    const result = await registerCommands(settings.target, commands);
    logger.info(
      { scope: result.scope, guildId: env.DISCORD_GUILD_ID, commands: result.names },
      'slash commands registered',
    );
    return 0;
  } catch (err) {
    logger.error({ event: LogEvent.commandRegistrationFailed, err }, 'registering slash commands failed');
    return 1;
  }
}

process.exitCode = await main();
