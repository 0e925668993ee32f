/**
 * `npm run bench`: the archive-scale benchmark. Generates (or reuses) a seeded synthetic archive per
 * size beside the real five articles, measures each size in its own child process, prints the tables and writes
 * the figures as JSON (--json FILE). Timings never fail the run; a failed "answers unchanged" check or a crashed
 * size does (exit 1), because that is a correctness bug rather than a slow machine.
 */
import { fork } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { UsageError, parseBenchOptions, type BenchOptions } from './bench/cli-options';
import { ensureArchive } from './bench/generate-archive';
import type { MeasureOptions } from './bench/measure-options';
import { renderReport } from './bench/print-table';
import { SizeReportSchema, type SizeReport } from './bench/size-report';
import { baselineSamples } from './bench/targets';
import { WarmReportSchema, type WarmOptions, type WarmReport } from './bench/warm-report';
import type { z } from 'zod';

const DATA_DIR = join(import.meta.dirname, '..', 'data');
const CHILD = join(import.meta.dirname, 'bench', 'measure-size.ts');
const WARM_CHILD = join(import.meta.dirname, 'bench', 'measure-warm.ts');
/** Articles added before the incremental reload is timed: a day's worth for a small desk. */
const ADDED_ARTICLES = 10;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs one measuring script in a child process of its own and takes the one report it sends. */
function reportFromChild<S extends z.ZodType>(
  script: string,
  options: object,
  schema: S,
  what: string,
): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(options)], {
      // The same flags as `npm run bench`: gc for honest heap figures, tsx for TypeScript; room for the baselines.
      execArgv: ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: z.infer<S> | null = null;
    child.on('message', (message) => {
      const parsed = schema.safeParse(message);
      if (parsed.success) report = parsed.data;
      else reject(new Error(`${what}: malformed report: ${parsed.error.message}`));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (report) resolve(report);
      else reject(new Error(`${what}: measuring ended (${signal ?? `exit ${code}`}) without a report`));
    });
  });
}

function measureInChild(options: MeasureOptions): Promise<SizeReport> {
  return reportFromChild(CHILD, options, SizeReportSchema, `size ${options.size}`);
}

/** The warm start and the incremental reload, from the cache the cold child filled; the cache goes afterwards. */
async function measureWarm(report: SizeReport): Promise<WarmReport> {
  const what = `size ${report.size} (warm)`;
  try {
    const options: WarmOptions = {
      archiveDir: report.archive.dir,
      cacheDir: report.cache.dir,
      coldDigest: report.cache.coldDigest,
      forkedAt: Date.now(),
      addArticles: ADDED_ARTICLES,
    };
    return await reportFromChild(WARM_CHILD, options, WarmReportSchema, what);
  } finally {
    rmSync(report.cache.dir, { recursive: true, force: true });
  }
}

async function run(options: BenchOptions): Promise<number> {
  const reports: SizeReport[] = [];
  const failures: string[] = [];
  for (const size of options.sizes) {
    log(`[bench] ${size.toLocaleString('en-US')} articles: preparing archive…`);
    const archive = ensureArchive({ seed: options.seed, size, dataDir: DATA_DIR });
    const samples = baselineSamples(size, options.quick);
    log(`[bench] ${size.toLocaleString('en-US')} articles: measuring in a child process (${archive.dir})…`);
    try {
      const report = await measureInChild({
        archiveDir: archive.dir,
        dataDir: DATA_DIR,
        size,
        seed: options.seed,
        syntheticWords: archive.manifest.syntheticWords,
        distinctWords: archive.manifest.distinctWords,
        queriesPerKind: options.queriesPerKind,
        fuseSample: samples.fuse,
        miniSearchSample: samples.miniSearch,
        baselineBudgetMsPerKind: samples.budgetMs,
        fuseTotalBudgetMs: samples.fuseTotalBudgetMs,
        baselines: options.baselines,
      });
      log(`[bench] ${size.toLocaleString('en-US')} articles: a warm start and a reload in another child process…`);
      report.warm = await measureWarm(report);
      reports.push(report);
      failures.push(...report.checks.filter((c) => !c.passed).map((c) => `${size}: ${c.label}: ${c.detail}`));
      if (!report.warm.sameAnswers) failures.push(`${size}: the warm start answered differently from the cold build`);
      failures.push(...report.warm.problems.map((p) => `${size}: analysis cache: ${p}`));
    } catch (error) {
      failures.push((error as Error).message);
      log(`[bench] ${(error as Error).message}`);
    }
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const header =
    `Factdesk benchmark — seed ${options.seed}${options.quick ? ' (quick)' : ''}, ` +
    `${options.queriesPerKind} queries per kind, node ${process.version}, ${availableParallelism()} cores (${cpu})`;
  console.log(renderReport(reports, header));
  if (options.json) {
    const json = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      cores: availableParallelism(),
      cpu,
      options,
      reports,
      failures,
    };
    writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`[bench] figures written to ${options.json}`);
  }
  if (failures.length > 0) {
    log(`[bench] ${failures.length} correctness problem(s):\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await run(parseBenchOptions(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  log(`bench: ${error.message}`);
  log('usage: npm run bench -- [--sizes 1000,10000,50000] [--quick] [--json FILE] [--seed N] [--queries N]');
  log('                        [--no-baselines]');
  process.exitCode = 2;
}
