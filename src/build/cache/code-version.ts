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

/**
 * What else shapes the filed facts the cache keeps (see readKept): the filing itself and the engine code it calls
 * (figure lists, spreads, known sources, orders). Kept apart from SHAPING so that a change to how answers read the
 * facts costs the next start its filing, not every article's analysis.
 */
const FILING = ['engine', 'build/build-corpus-data.ts', 'build/facts'];

const codeHashes = new Map<readonly string[], string>();

/** A hash of the code in these folders and files, worked out once per process. */
function codeVersion(paths: readonly string[]): string {
  let code = codeHashes.get(paths);
  if (code === undefined) {
    const hash = createHash('sha256');
    for (const file of paths.flatMap((path) => sourceFiles(join(SRC, path))).sort()) {
      hash
        .update(`${relative(SRC, file)}\u0000`)
        .update(readFileSync(file))
        .update('\u0000');
    }
    code = hash.digest('hex');
    codeHashes.set(paths, code);
  }
  return code;
}

/**
 * The version a cache is stamped with: the code (codeVersion) and the lexicon the analysis read. Any change to
 * either gives another version, and a cache of another version is never read: nobody has to remember to bump it.
 */
export function cacheVersion(lexicon: Lexicon): string {
  return createHash('sha256').update(codeVersion(SHAPING)).update(JSON.stringify(lexicon)).digest('hex').slice(0, 24);
}

/**
 * What the filed facts of these articles (by listKey) are kept under, in a cache of `version`: the filing code
 * (FILING) goes in too, so facts filed by other code are never taken.
 */
export function factsKey(version: string, listKey: string): string {
  return createHash('sha256')
    .update(`${version}\u0000${listKey}\u0000`)
    .update(codeVersion(FILING))
    .digest('base64url')
    .slice(0, 32);
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
