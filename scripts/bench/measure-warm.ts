/**
 * Child process for the warm measurements of one size (forked by scripts/bench.ts after the cold child filled the
 * cache): a start from the cache to the first answer, in a process of its own so that its peak memory is its own,
 * then a reload after articles were added. Sends one WarmReport to the parent.
 */
import { setTimeout } from 'node:timers/promises';
import { createArticleCache } from '../../src/build/cache/article-cache';
import { RACY_MS } from '../../src/build/cache/key-files';
import { createEngineFromDir } from '../../src/build/engine-from-dir';
import { EngineHolder } from '../../src/engine/holder';
import { reloadEngine } from '../../src/reload/reload-engine';
import { answersDigest } from './answers-digest';
import { addArticles, mirrorArchive } from './mirror-archive';
import { WarmOptionsSchema, type WarmOptions, type WarmReport } from './warm-report';

async function measure(options: WarmOptions): Promise<WarmReport> {
  const problems: string[] = [];
  const cache = createArticleCache(options.cacheDir, (p) => problems.push(`${p.kind}: ${p.path}: ${p.detail}`));

  // The start reads the folder the cold build read, as a desk restarted on its DATA_DIR does: the cache's memo of
  // that folder's files spares reading them. The reload runs on a mirror, so that adding articles leaves the
  // archive as others reuse it.
  const started = performance.now();
  const built = await createEngineFromDir(options.archiveDir, { cache });
  if (!built.engine) throw new Error(`no engine from ${options.archiveDir}`);
  built.engine.answer({ name: 'figure', query: 'troops' });
  const startMs = performance.now() - started;
  built.engine.answer({ name: 'source', query: 'KCNA' });
  const sourceStartMs = performance.now() - started;
  const processMs = Date.now() - options.forkedAt;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const sameAnswers = answersDigest(built.engine) === options.coldDigest;
  await built.cacheSaved;

  const dataDir = mirrorArchive(options.archiveDir);
  const holder = new EngineHolder(built.engine);
  // A desk reloads the folder it serves, whose files the cache's memo knows; the mirror's are new to it. A reload
  // with nothing changed, not measured, makes the memo of the mirror, as the desk's start did, once the links are
  // older than a file the memo takes on trust (linking changed their inodes' change time).
  await setTimeout(RACY_MS + 100);
  await reloadEngine(holder, dataDir, 'skip-invalid', { actor: 'bench', cache });
  await cache.flushed();
  // The name matchers a start builds after it serves are done by the time a desk reloads: a /source finishes them.
  holder.current.answer({ name: 'source', query: 'KCNA' });
  const added = addArticles(dataDir, options.addArticles);
  const reloadStarted = performance.now();
  const report = await reloadEngine(holder, dataDir, 'skip-invalid', { actor: 'bench', cache });
  const reloadMs = performance.now() - reloadStarted;
  if (report.outcome !== 'reloaded')
    throw new Error(`the reload after adding ${added.length} articles kept the old corpus`);

  return {
    startMs: Math.round(startMs),
    sourceStartMs: Math.round(sourceStartMs),
    processMs: Math.round(processMs),
    fromCache: built.fromCache,
    articles: built.engine.stats().articles,
    peakRssMB: Math.round(peakRssMB),
    sameAnswers,
    reload: { added: report.diff?.added.length ?? 0, ms: Math.round(reloadMs) },
    problems,
  };
}

const options = WarmOptionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const report = await measure(options);
if (process.send) process.send(report, () => process.disconnect());
else console.log(JSON.stringify(report, null, 2));
