import type { Env } from '../config/env';
import { openEngine } from '../console/open-engine';
import { runRepl } from '../console/repl';

/** The console on the data folder: what `npm start` opens when no Discord token is set. */
export async function runConsole(env: Env): Promise<boolean> {
  const engine = await openEngine(env.DATA_DIR);
  if (!engine) return false;
  await runRepl({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    engine: () => engine,
  });
  return true;
}
