import { ConfigError, loadEnv } from './config/env';
import { openEngine } from './console/open-engine';
import { runRepl } from './console/repl';

/**
 * `npm start`: the bot when DISCORD_TOKEN is set; otherwise the console on the bundled corpus, so a newcomer
 * sees Factdesk answer without any Discord setup.
 */
async function main(): Promise<number> {
  const env = loadEnv();
  const engine = await openEngine(env.DATA_DIR);
  if (!engine) return 1;
  await runRepl({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    engine: () => engine,
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
