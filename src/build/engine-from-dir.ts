import type { FileProblem } from '../corpus/article';
import type { Engine } from '../engine/engine';
import { engineFromBuild } from './revision-basis';
import { loadAndBuildCorpus, type LoadAndBuildOptions, type LoadedAndBuilt } from './load-and-build';

/**
 * Loads a data folder and builds an engine over everything valid in it. The engine is null only when nothing
 * usable is left (no lexicon) or `options.accept` refused the problems; problems with single files are reported
 * beside a working engine, and it is the caller's policy (start-up, reload) what to do about them. Built in one go
 * unless `options.sliceMs` says otherwise; at archive size in worker threads (see loadAndBuildCorpus).
 */
export async function createEngineFromDir(
  dataDir: string,
  options: LoadAndBuildOptions = {},
): Promise<
  { engine: Engine | null; problems: FileProblem[] } & Pick<LoadedAndBuilt, 'workers' | 'cacheSaved' | 'fromCache'>
> {
  const built = await loadAndBuildCorpus(dataDir, { sliceMs: Number.POSITIVE_INFINITY, ...options });
  const engine = built.data ? engineFromBuild(built.data, built.basis) : null;
  const { problems, workers, cacheSaved, fromCache } = built;
  return { engine, problems, workers, cacheSaved, fromCache };
}
