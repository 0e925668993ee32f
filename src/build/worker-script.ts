import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const WORKER_SOURCE = fileURLToPath(new URL('./build-worker.ts', import.meta.url));

let script: Promise<string> | null = null;

/**
 * The build worker (build-worker.ts and everything it imports) as one plain script, bundled once per process on
 * first use and run by each worker as `eval` code. A worker loading the TypeScript sources itself registers tsx
 * and loads every module through tsx's hooks thread, which cost more CPU per worker than bundling costs the process
 * once (DESIGN.md has the measurements). Bundled from the sources as they are, so the workers run the code the
 * main thread runs.
 */
export function buildWorkerScript(): Promise<string> {
  script ??= bundle().catch((error: unknown) => {
    // A later build may try again (a missing esbuild binary stays missing, but costs only this).
    script = null;
    throw error;
  });
  return script;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [ownMetaUrl],
  });
  return result.outputFiles[0]!.text;
}

/**
 * A module that finds files next to itself (`createRequire(import.meta.url)` for the DOM library of saved pages)
 * keeps its own file's URL: the bundle is code without a file of its own.
 */
const ownMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(plugin) {
    plugin.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};
