import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lexicon } from '../../lexicon/schema';

const SRC = join(import.meta.dirname, '..', '..');

/**
 * The source folders and files whose code shapes a cached article: reading and cleaning (corpus, text), the
 * analysis and the lexicon's compilation, the index (search, whose contribution is cached too), the step that runs
 * them per article, and the cache's own format. Whole folders rather than a list of files, so that a helper added
 * to one of them is covered without anyone remembering to list it.
 */
const SHAPING = ['corpus', 'text', 'analysis', 'lexicon', 'search', 'steps', 'build/read-articles.ts', 'build/cache'];

let codeHash: string | null = null;

/** A hash of the code that shapes a cached article (see SHAPING), worked out once per process. */
function codeVersion(): string {
  if (codeHash === null) {
    const hash = createHash('sha256');
    for (const file of SHAPING.flatMap((path) => sourceFiles(join(SRC, path))).sort()) {
      hash
        .update(`${relative(SRC, file)}\u0000`)
        .update(readFileSync(file))
        .update('\u0000');
    }
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

/**
 * The version a cache is stamped with: the code (codeVersion) and the lexicon the analysis read. Any change to
 * either gives another version, and a cache of another version is never read: nobody has to remember to bump it.
 */
export function cacheVersion(lexicon: Lexicon): string {
  return createHash('sha256').update(codeVersion()).update(JSON.stringify(lexicon)).digest('hex').slice(0, 24);
}

function sourceFiles(path: string): string[] {
  if (path.endsWith('.ts') || path.endsWith('.mjs')) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    // Tests and fixtures never run in a build.
    return /\.(ts|mjs)$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name) ? [child] : [];
  });
}
