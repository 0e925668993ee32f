import type { Engine } from '../engine/engine';
import { createEngineFromDir } from '../build/engine-from-dir';
import type { BuildHooks } from '../build/load-and-build';

export interface OpenEngineHooks extends Pick<BuildHooks, 'onProgress'> {
  /** Told when the build is over, before anything is printed (a progress line to clear first). */
  settle?: () => void;
}

/**
 * Opens the engine for a console command. File problems are reported on stderr (stdout stays clean for --json);
 * only a data folder with nothing usable in it stops the console.
 */
export async function openEngine(dataDir: string, hooks: OpenEngineHooks = {}): Promise<Engine | null> {
  const { engine, problems } = await createEngineFromDir(
    dataDir,
    hooks.onProgress ? { onProgress: hooks.onProgress } : {},
  ).finally(() => hooks.settle?.());
  for (const p of problems) process.stderr.write(`warning: ${p.file}: ${p.reason}\n`);
  if (!engine) process.stderr.write(`error: no usable corpus in ${dataDir}\n`);
  return engine;
}
