/**
 * Child process for one archive size (spawned by scripts/bench.ts with --expose-gc): builds the engine, times the
 * queries, the reload and the baselines, checks the real answers, and sends one SizeReport to the parent. One
 * process per size, so one size's heap and JIT state never colour another's figures.
 */
import { loadavg } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArticleCache } from '../../src/build/cache/article-cache';
import { createEngineFromDir } from '../../src/build/engine-from-dir';
import type { LoadAndBuildOptions } from '../../src/build/load-and-build';
import { answersDigest } from './answers-digest';
import type { Engine } from '../../src/engine/engine';
import { EngineHolder } from '../../src/engine/holder';
import { reloadEngine } from '../../src/reload/reload-engine';
import { runAnswerChecks } from './answer-checks';
import { createFuseBaseline } from './baselines/fuse-passages';
import { createMiniSearchBaseline } from './baselines/minisearch-passages';
import { passagesOf, suggestCandidates } from './baselines/passages';
import { eventLoopDelayDuring } from './event-loop-delay';
import { latencyStats, timeEach } from './latency';
import { measureBaseline } from './measure-baseline';
import { MeasureOptionsSchema, type MeasureOptions } from './measure-options';
import { QUERY_KINDS, buildQuerySet } from './query-set';
import { parallelThroughput } from './parallel-throughput';
import { readLexicon } from './read-lexicon';
import { runOnEngine } from './run-ours';
import type { BaselineReport, LatencyByKind, SizeReport } from './size-report';
import type { Article } from '../../src/corpus/article';
import { unpackParagraphs } from '../../src/corpus/article-text';

const MB = 1024 * 1024;

async function collectGarbage(): Promise<void> {
  if (!global.gc) throw new Error('run with node --expose-gc: heap figures are meaningless without a full GC');
  global.gc();
  // Buffers that build workers handed over are released once their worker has gone: one more turn and GC.
  await new Promise((resolve) => setImmediate(resolve));
  global.gc();
}

async function buildEngine(
  dir: string,
  options: LoadAndBuildOptions = {},
): Promise<{ engine: Engine; problems: number; workers: number; cacheSaved: Promise<void> }> {
  const { engine, problems, workers, cacheSaved } = await createEngineFromDir(dir, options);
  if (!engine) throw new Error(`no engine could be built from ${dir}: ${problems.map((p) => p.reason).join('; ')}`);
  return { engine, problems: problems.length, workers, cacheSaved };
}

async function measure(options: MeasureOptions): Promise<SizeReport> {
  // Progress goes to stderr so a long run (50,000 articles takes many minutes) shows where it is.
  const label = `${options.size.toLocaleString('en-US')} articles`;
  const progress = (message: string) => process.stderr.write(`[bench] ${label}: ${message}\n`);
  const loadAverage = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  const throughput = await parallelThroughput();
  await collectGarbage();
  const buildStarted = performance.now();
  // process.cpuUsage counts every thread: with build workers, CPU time shows the work, wall time what a user waits.
  const cpuStarted = process.cpuUsage();
  // A first start: with an empty cache, which the build fills for the warm child (see measure-warm.ts).
  const cacheDir = mkdtempSync(join(tmpdir(), 'factdesk-bench-cache-'));
  const cacheProblems: string[] = [];
  const cache = createArticleCache(cacheDir, (p) => cacheProblems.push(`${p.kind}: ${p.detail}`));
  const { engine, problems, workers, cacheSaved } = await buildEngine(options.archiveDir, { cache });
  const buildMs = Math.round(performance.now() - buildStarted);
  const cpu = process.cpuUsage(cpuStarted);
  // The whole process's peak so far, worker threads included: the cold build is all it has done.
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const saveStarted = performance.now();
  await cacheSaved;
  const saveMs = Math.round(performance.now() - saveStarted);
  if (cacheProblems.length > 0) throw new Error(`the analysis cache reported: ${cacheProblems.join('; ')}`);
  await collectGarbage();
  const memory = process.memoryUsage();
  const stats = engine.stats();
  progress(
    `built in ${(buildMs / 1000).toFixed(1)} s with ${workers} build workers; timing ${options.queriesPerKind} queries per kind…`,
  );

  // Queries are drawn from, and the baselines index, the articles' whole text: unpacked once, after the heap was read.
  const articles: Article[] = [...engine.articles.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ text, ...header }) => ({ ...header, paragraphs: unpackParagraphs(text) }));
  const lexicon = readLexicon(options.archiveDir);
  const queries = buildQuerySet({ articles, lexicon, perKind: options.queriesPerKind, seed: options.seed });
  const oursMs = Object.fromEntries(
    QUERY_KINDS.map((kind) => [kind, timeEach(queries[kind], (q) => runOnEngine(engine, q))]),
  ) as Record<(typeof QUERY_KINDS)[number], number[]>;
  const latency = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, latencyStats(oursMs[kind])])) as LatencyByKind;

  progress('timing the event loop during a reload…');
  // The reload under test is the production one: it re-reads the folder and builds beside the engine in service.
  const holder = new EngineHolder(engine);
  const reload = await eventLoopDelayDuring(() => reloadEngine(holder, options.archiveDir, 'skip-invalid'));
  holder.swap(engine);
  await collectGarbage();

  progress(`reload took ${(reload.durationMs / 1000).toFixed(1)} s; checking answers…`);
  const reference = await buildEngine(options.dataDir);
  const checks = runAnswerChecks(engine, reference.engine);

  const baselines: BaselineReport[] = [];
  if (options.baselines) {
    const passages = passagesOf(articles);
    const candidates = suggestCandidates(lexicon, articles);
    const budgetMs = options.baselineBudgetMsPerKind;
    progress(`baseline MiniSearch over ${passages.length.toLocaleString('en-US')} passages…`);
    baselines.push(
      measureBaseline({
        build: () => createMiniSearchBaseline(passages, candidates),
        queries,
        oursMs,
        sample: options.miniSearchSample,
        budgetMs,
        totalBudgetMs: Number.MAX_SAFE_INTEGER,
      }),
    );
    await collectGarbage();
    progress('baseline fuse.js…');
    baselines.push(
      measureBaseline({
        build: () => createFuseBaseline(passages, candidates),
        queries,
        oursMs,
        sample: options.fuseSample,
        budgetMs,
        totalBudgetMs: options.fuseTotalBudgetMs,
      }),
    );
  }

  return {
    size: options.size,
    seed: options.seed,
    loadAverage,
    parallelThroughput: throughput,
    archive: {
      dir: options.archiveDir,
      articles: stats.articles,
      paragraphs: stats.paragraphs,
      syntheticWords: options.syntheticWords,
      distinctWords: options.distinctWords,
    },
    build: {
      ms: buildMs,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      workers,
      // `external`, not `arrayBuffers`: buffers a build worker handed over are missing from the latter (Node 20
      // counts them for the thread that allocated them), while `external` holds every ArrayBuffer this thread owns.
      heapMB: Math.round((memory.heapUsed + memory.external) / MB),
      jsHeapMB: Math.round(memory.heapUsed / MB),
      externalMB: Math.round(memory.external / MB),
      problems,
      figures: stats.figures,
      attributions: stats.attributions,
      peakRssMB,
      cacheSaveMs: saveMs,
    },
    cache: { dir: cacheDir, coldDigest: answersDigest(engine) },
    latency,
    reload: { ...reload, method: 'reloadEngine (src/reload/reload-engine.ts)' },
    checks,
    baselines,
  };
}

const options = MeasureOptionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const report = await measure(options);
if (process.send) process.send(report, () => process.disconnect());
else console.log(JSON.stringify(report, null, 2));
