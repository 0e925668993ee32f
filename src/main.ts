import { runBot } from './app/run-bot';
import { runCli } from './cli/run-cli';
import { runConsole } from './app/run-console';
import { loadEnv } from './config/env';

/**
 * `npm start`: the bot when DISCORD_TOKEN is set; otherwise the console on the bundled corpus, so a newcomer
 * sees Factdesk answer without any Discord setup.
 */
runCli(async () => {
  const env = loadEnv();
  const started = env.DISCORD_TOKEN ? await runBot(env) : await runConsole(env);
  return started ? 0 : 1;
});
