import { parseArgs } from 'node:util';
import { z } from 'zod';
import { consoleArticleCache } from '../cli/open-engine';
import { runCli } from '../cli/run-cli';
import { loadEnv } from '../config/env';
import { messages } from '../i18n/catalog';
import { diffSummaries } from './diff-engines';
import { summarizeEngine } from './engine-summary';
import { buildNextEngine } from './reload-engine';
import { formatReloadReport, type ReloadReport } from './reload-report';
import { requestReload } from './reload-socket';
import { EMPTY_SUMMARY, loadCorpusSnapshot } from './snapshot-file';

const ArgsSchema = z.object({ local: z.boolean().optional() });

const USAGE = `usage: npm run reload [-- --local]
With a bot running on this STATE_DIR: asks it to reload over STATE_DIR/bot.sock and prints its report (the bot also
logs it and posts it to AUDIT_CHANNEL_ID when set). No process is ever signalled.
Otherwise, or with --local: validates DATA_DIR and prints what a reload would change against the corpus last
loaded (STATE_DIR/corpus-snapshot.json, which the bot writes). It writes nothing: no bot reloaded anything.
Exit code 0 when the corpus was (or would be) reloaded, 1 when the old corpus stays, 2 for a usage error.`;

async function main(argv: string[]): Promise<number> {
  const parsed = ArgsSchema.safeParse(
    parseArgs({ args: argv, options: { local: { type: 'boolean' } }, strict: true }).values,
  );
  if (!parsed.success) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = loadEnv();
  const remote = parsed.data.local ? null : await requestReload(env.STATE_DIR);
  if (remote !== null) {
    process.stdout.write(`${messages(env.DESK_LOCALE).reload.askedBot}\n${remote.report}\n`);
    return remote.outcome === 'reloaded' ? 0 : 1;
  }
  const started = performance.now();
  const snapshot = await loadCorpusSnapshot(env.STATE_DIR);
  if (snapshot.problem) process.stderr.write(`warning: ${snapshot.problem}; comparing against an empty corpus\n`);
  const before = snapshot.summary ?? EMPTY_SUMMARY;
  const inService = new Set(before.articles.map((a) => a.id));
  // The cache a start or `npm run ask` filled makes the check quick; read only, since the check writes nothing.
  const cache = consoleArticleCache(env, { readOnly: true });
  const next = await buildNextEngine(env.DATA_DIR, env.RELOAD_POLICY, inService, { cache });
  const after = next.engine ? summarizeEngine(next.engine) : null;
  const report: ReloadReport = {
    outcome: after ? 'reloaded' : 'kept-old',
    actor: 'console',
    policy: env.RELOAD_POLICY,
    startedAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    diff: after ? diffSummaries(before, after) : null,
    problems: next.problems,
    ...(next.refusal !== null ? { refusal: next.refusal } : {}),
    articles: (after ?? before).articles.length,
    joined: false,
    dryRun: true,
  };
  // The snapshot is the corpus a bot put in service: recording one no bot serves would make the next report compare
  // against the wrong corpus, and a digest state rebuilt from it take articles as announced that no digest listed.
  process.stdout.write(`${formatReloadReport(report, Number.POSITIVE_INFINITY, env.DESK_LOCALE)}\n`);
  return report.outcome === 'reloaded' ? 0 : 1;
}

runCli(main, USAGE);
