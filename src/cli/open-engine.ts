import type { Engine } from '../engine/engine';
import { createEngineFromDir } from '../build/engine-from-dir';

/**
 * Opens the engine for a console command. File problems are reported on stderr (stdout stays clean for --json);
 * only a data folder with nothing usable in it stops the console.
 */
export async function openEngine(dataDir: string): Promise<Engine | null> {
  const { engine, problems } = await createEngineFromDir(dataDir);
  for (const p of problems) process.stderr.write(`warning: ${p.file}: ${p.reason}\n`);
  if (!engine) process.stderr.write(`error: no usable corpus in ${dataDir}\n`);
  return engine;
}
