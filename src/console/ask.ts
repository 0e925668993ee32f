import { runCli } from '../cli/run-cli';
import { loadEnv } from '../config/env';
import { answerLine } from './answer-line';
import { openEngine } from '../cli/open-engine';
import { createProgressDisplay } from './progress-display';

/**
 * `npm run ask -- [--json] "/figure troops"`: answers one command and exits. Exit code 0 for an answer (also
 * "nothing found"), 1 for an error, so scripts can tell them apart.
 */
async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const line = argv.filter((a) => a !== '--json').join(' ');
  const env = loadEnv();
  // Progress only for a person watching a terminal: a script's stderr stays for warnings and errors.
  const progress = process.stderr.isTTY ? createProgressDisplay({ output: process.stderr, locale: env.DESK_LOCALE }) : null;
  const hooks = progress ? { onProgress: progress.update, settle: progress.settle } : {};
  const engine = await openEngine(env, hooks);
  if (!engine) return 2;
  const reply = answerLine(engine, line, env.DESK_LOCALE);
  process.stdout.write(`${json ? JSON.stringify(reply.json, null, 2) : reply.text}\n`);
  return reply.ok ? 0 : 1;
}

runCli(main);
