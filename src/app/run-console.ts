import type { Env } from '../config/env';
import { openEngine } from '../cli/open-engine';
import { runRepl } from '../console/repl';
import { createProgressDisplay } from '../console/progress-display';
import { EngineHolder } from '../engine/holder';
import { reloadEngine } from '../reload/reload-engine';
import { formatReloadReport } from '../reload/reload-report';

/**
 * The console on the data folder: what `npm start` opens when no Discord token is set. SIGHUP reloads the data
 * folder, as it does for the bot, instead of ending the process with lines still queued on its input; the report
 * goes to stderr, beside the answers rather than into them.
 */
export async function runConsole(env: Env): Promise<boolean> {
  const state: { holder: EngineHolder | null } = { holder: null };
  // Installed before the corpus loads: a SIGHUP then has nothing to reload (the folder is being read afresh anyway).
  process.on('SIGHUP', () => {
    if (!state.holder) return;
    // Not over a prompt someone is typing at: a line redrawn in place would overwrite what they type.
    const progress = process.stdin.isTTY
      ? null
      : createProgressDisplay({ output: process.stderr, locale: env.DESK_LOCALE });
    const hooks = progress ? { onProgress: progress.update } : {};
    reloadEngine(state.holder, env.DATA_DIR, env.RELOAD_POLICY, { actor: 'SIGHUP', ...hooks })
      .finally(() => progress?.settle())
      .then(
        (report) => process.stderr.write(`${formatReloadReport(report, Number.POSITIVE_INFINITY, env.DESK_LOCALE)}\n`),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          process.stderr.write(`reload failed: ${reason}\n`);
        },
      );
  });
  // On stderr, beside the answers: a line rewritten in place on a terminal, plain lines every few seconds elsewhere.
  const progress = createProgressDisplay({ output: process.stderr, locale: env.DESK_LOCALE });
  const engine = await openEngine(env.DATA_DIR, { onProgress: progress.update, settle: progress.settle });
  if (!engine) return false;
  progress.done(engine.stats().articles);
  const holder = new EngineHolder(engine);
  state.holder = holder;
  await runRepl({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    engine: () => holder.current,
    locale: env.DESK_LOCALE,
  });
  return true;
}
