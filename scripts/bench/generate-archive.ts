import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lexicon } from '../../src/lexicon/schema';
import { foldText } from '../../src/text/fold';
import { tokenize } from '../../src/text/tokenize';
import { writeArticleText } from './article-text';
import { createVocabulary } from './german-words';
import { newsroomPhrases } from './newsroom-phrases';
import { createRng, deriveSeed, type Rng } from './prng';
import { readLexicon } from './read-lexicon';

/**
 * Builds the benchmark archive: the real data folder (five articles + lexicons) plus `size` synthetic articles in
 * the raw scraped format the real loader reads. Archives are cached in the OS temp dir by generator version, seed,
 * size and a hash of the real data, because writing 50,000 files takes longer than the benchmark's quick mode.
 */

/** Bump when the generated text changes, so stale cached archives are not reused. */
export const GENERATOR_VERSION = 3;

export const ArchiveManifestSchema = z.object({
  generatorVersion: z.number().int(),
  seed: z.number().int(),
  size: z.number().int().nonnegative(),
  realDataHash: z.string(),
  realArticleIds: z.array(z.string()),
  syntheticWords: z.number().int().nonnegative(),
  distinctWords: z.number().int().nonnegative(),
  generationMs: z.number().nonnegative(),
});
export type ArchiveManifest = z.infer<typeof ArchiveManifestSchema>;

export interface Archive {
  dir: string;
  manifest: ArchiveManifest;
}

const MANIFEST = 'bench-manifest.json';

/** Hash of the real data folder: a changed lexicon or article means a different archive. */
function hashDataDir(dataDir: string): string {
  const hash = createHash('sha256');
  for (const sub of ['articles', 'lexicon']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      hash.update(`${sub}/${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** Folded words of the real articles and lexicon: a synthetic pseudo-word must never spell one of them. */
function reservedWords(dataDir: string, lexicon: Lexicon | null): Set<string> {
  const reserved = new Set<string>();
  const articlesDir = join(dataDir, 'articles');
  const texts = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(articlesDir, name), 'utf8'));
  if (lexicon) {
    for (const s of lexicon.sources) texts.push(s.name, ...s.aliases);
    for (const t of lexicon.topics) texts.push(t.label, ...t.names, ...t.terms);
  }
  for (const text of texts) for (const token of tokenize(text)) reserved.add(token.key);
  return reserved;
}

export function archiveDirFor(options: { seed: number; size: number; dataDir: string }): string {
  const key = `v${GENERATOR_VERSION}-seed${options.seed}-n${options.size}-${hashDataDir(options.dataDir)}`;
  return join(tmpdir(), 'factdesk-bench', key);
}

const syntheticId = (index: number, rng: Rng): string => {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(rng.next() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${String(1000 + index).padStart(6, '0')}_${hex}`;
};

/** An ISO date in 2015–2023: the synthetic archive is the older back catalogue, the real articles are newest. */
function archiveDate(rng: Rng): string {
  const day = new Date(Date.UTC(2015, 0, 1) + rng.int(0, 9 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Writes the archive into `dir` (which must not exist). Article k depends only on (seed, k), so the 1,000 archive
 * is a prefix of the 10,000 one and a size never changes what the other sizes contain.
 */
export function writeArchive(options: { dir: string; seed: number; size: number; dataDir: string }): ArchiveManifest {
  const started = performance.now();
  const { dir, seed, size, dataDir } = options;
  const lexicon = readLexicon(dataDir);
  const reserved = reservedWords(dataDir, lexicon);
  const vocabulary = createVocabulary((word) => reserved.has(foldText(word)));
  const phrases = newsroomPhrases(lexicon);
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  cpSync(join(dataDir, 'articles'), articlesDir, { recursive: true });
  if (existsSync(join(dataDir, 'lexicon'))) cpSync(join(dataDir, 'lexicon'), join(dir, 'lexicon'), { recursive: true });
  const realArticleIds = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();

  const distinct = new Set<string>();
  let syntheticWords = 0;
  for (let index = 0; index < size; index++) {
    const rng = createRng(deriveSeed(seed, index));
    const id = syntheticId(index, rng);
    const published = archiveDate(rng);
    // Like a real scrape: most pages have a metadata sidecar, some carry the date only in the text, some neither.
    const style = rng.next();
    const withMeta = style < 0.7;
    const dateline = !withMeta && style < 0.85 ? published : null;
    const article = writeArticleText({ rng, vocabulary, phrases }, { dateline, agencyByline: rng.chance(0.4) });
    writeFileSync(join(articlesDir, `${id}.txt`), article.text);
    if (withMeta) {
      const outlet = rng.pick(phrases.outlets);
      const slug = foldText(outlet).replace(/[^a-z0-9]+/g, '-');
      const meta = { outlet, url: `https://www.${slug}.example/politik/${id}`, published, language: 'de' };
      writeFileSync(join(articlesDir, `${id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
    }
    syntheticWords += article.wordCount;
    for (const token of tokenize(article.text)) distinct.add(token.key);
  }

  const manifest: ArchiveManifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    size,
    realDataHash: hashDataDir(dataDir),
    realArticleIds,
    syntheticWords,
    distinctWords: distinct.size,
    generationMs: Math.round(performance.now() - started),
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The cached archive for (seed, size, real data), generating it first when missing or left half-written. */
export function ensureArchive(options: { seed: number; size: number; dataDir: string }): Archive {
  const dir = archiveDirFor(options);
  const manifestFile = join(dir, MANIFEST);
  if (existsSync(manifestFile)) {
    const parsed = ArchiveManifestSchema.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    if (parsed.success) return { dir, manifest: parsed.data };
  }
  // Write aside and rename, so an interrupted run never leaves a partial archive that looks complete.
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const manifest = writeArchive({ ...options, dir: partial });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, manifest };
}
