import { runBot } from './app/run-bot';
import { runConsole } from './app/run-console';
import { ConfigError, loadEnv } from './config/env';

/**
 * `npm start`: the bot when DISCORD_TOKEN is set; otherwise the console on the bundled corpus, so a newcomer
 * sees Factdesk answer without any Discord setup.
 */
async function main(): Promise<boolean> {
  const env = loadEnv();
  return env.DISCORD_TOKEN ? runBot(env) : runConsole(env);
}

main().then(
  (started) => {
    if (!started) process.exitCode = 1;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
