/**
 * `npm run bench`: the archive-scale benchmark. Generates (or reuses) a seeded synthetic archive per
 * size beside the real five articles, measures each size in its own child process, prints the tables and writes
 * the figures as JSON (--json FILE). Timings never fail the run; a failed "answers unchanged" check or a crashed
 * size does (exit 1), because that is a correctness bug rather than a slow machine.
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { UsageError, parseBenchOptions, type BenchOptions } from './bench/cli-options';
import { ensureArchive } from './bench/generate-archive';
import type { MeasureOptions } from './bench/measure-options';
import { renderReport } from './bench/print-table';
import { SizeReportSchema, type SizeReport } from './bench/size-report';
import { baselineSamples } from './bench/targets';

const DATA_DIR = join(import.meta.dirname, '..', 'data');
const CHILD = join(import.meta.dirname, 'bench', 'measure-size.ts');

const log = (line: string) => process.stderr.write(`${line}\n`);

function measureInChild(options: MeasureOptions): Promise<SizeReport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(options)], {
      // The same flags as `npm run bench`: gc for honest heap figures, tsx for TypeScript; room for the baselines.
      execArgv: ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: SizeReport | null = null;
    child.on('message', (message) => {
      const parsed = SizeReportSchema.safeParse(message);
      if (parsed.success) report = parsed.data;
      else reject(new Error(`size ${options.size}: malformed report: ${parsed.error.message}`));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (report) resolve(report);
      else reject(new Error(`size ${options.size}: measuring ended (${signal ?? `exit ${code}`}) without a report`));
    });
  });
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
      reports.push(report);
      failures.push(...report.checks.filter((c) => !c.passed).map((c) => `${size}: ${c.label}: ${c.detail}`));
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
