import { closeSync, constants, type Dirent, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, ArticleMeta, FileProblem } from './article';
import { isSafeArticleId } from './article-id';
import { articleFilesKey } from './article-files-key';
import { buildArticle, contentHash, contentHashOfBytes } from './build-article';
import { decodeArticleText } from './decode-text';
import { parseArticleMeta } from './parse-meta';
import { IS_A_FOLDER, notAFileReason, resolveInDataDir } from './resolve-in-data-dir';
import { DEFAULT_SLICE_MS } from '../steps/run-steps';
import { readSavedPage } from './page/saved-page';

export interface LoadedArticles {
  /** Sorted by id. */
  articles: Article[];
  /** One entry per file that could not be used; an article with any problem is left out, never half-loaded. */
  problems: FileProblem[];
  /** Per article, at the same position: the key of the bytes it was read from (see articleFilesKey). */
  keys: string[];
}

const ARTICLES_FOLDER = 'articles';
const TEXT_SUFFIX = '.txt';
const META_SUFFIX = '.meta.json';
const HTML_SUFFIX = '.html';
/*
 * Files are read synchronously and the event loop is given a turn every slice of work (DEFAULT_SLICE_MS, as the
 * rest of a sliced build). A local article file reads in tens of microseconds, while each asynchronous read is four
 * trips through libuv's thread pool (open, stat, read, close) with a callback each, which cost more than the
 * cleaning itself. Slicing keeps a reload from stalling the bot: the longest stall is one slice plus one file.
 */
/**
 * Largest article file read. Each article is cleaned and analysed in one piece, so its size bounds how long the
 * event loop waits while a reload runs on the main thread; far longer than any article, it still keeps queries
 * answered within Discord's three seconds. Metadata files are held to the same bound.
 */
const MAX_ARTICLE_BYTES = 1024 * 1024;

/** One article's files: its text and, when there is one, its metadata sidecar. */
export interface ArticleFiles {
  id: string;
  text?: string;
  /** A saved web page, read in place of the text when there is no `.txt`. */
  html?: string;
  meta?: string;
}

/** The article files of a data folder, paired by id and sorted, before any is read. */
export interface ArticleListing {
  folder: string;
  /** Sorted by id. */
  files: ArticleFiles[];
  /** Names that cannot be articles (unsafe ids, folders named like files), or a folder that cannot be read. */
  problems: FileProblem[];
}

/** The problem file a listing reports when the articles folder itself cannot be read. */
export const ARTICLES_FOLDER_FILE = `${ARTICLES_FOLDER}/`;

/**
 * Loads `<dataDir>/articles/*.txt` with their optional `<id>.meta.json`. Never throws for bad files: each is
 * reported as a problem naming the file (relative to dataDir) and what to fix, and the rest still loads.
 */
export async function loadArticles(dataDir: string): Promise<LoadedArticles> {
  const listing = await listArticleFiles(dataDir);
  const loaded = await loadArticleFiles(listing.folder, listing.files);
  return { ...loaded, problems: sortProblems([...listing.problems, ...loaded.problems]) };
}

/** Lists and pairs the files of `<dataDir>/articles/`, so the reading can be shared out (see src/build). */
export async function listArticleFiles(dataDir: string): Promise<ArticleListing> {
  const folder = join(dataDir, ARTICLES_FOLDER);
  const folderProblem = (reason: string): ArticleListing => ({
    folder,
    files: [],
    problems: [{ file: ARTICLES_FOLDER_FILE, reason }],
  });
  const resolved = await resolveInDataDir(dataDir, folder);
  if (!resolved.ok && !resolved.missing) return folderProblem(resolved.reason);
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return folderProblem(folderReason(error));
  }
  const links = entries.filter((entry) => entry.isSymbolicLink() && isArticleName(entry.name));
  const linkReasons = new Map<string, string | null>();
  for (const link of links) linkReasons.set(link.name, await linkReason(dataDir, `${folder}/${link.name}`));
  const problems: FileProblem[] = [];
  const files = groupById(entries, linkReasons, problems).sort((a, b) => compare(a.id, b.id));
  return { folder, files, problems };
}

/** Reads and cleans the listed articles, in the listing's order, giving the event loop a turn every slice. */
export async function loadArticleFiles(folder: string, files: readonly ArticleFiles[]): Promise<LoadedArticles> {
  const problems: FileProblem[] = [];
  const articles: Article[] = [];
  const keys: string[] = [];
  let sliceStart = performance.now();
  for (const group of files) {
    const result = loadArticleFile(folder, group);
    if ('article' in result) {
      articles.push(result.article);
      keys.push(result.key);
    } else problems.push(...result.problems);
    if (performance.now() - sliceStart >= DEFAULT_SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return { articles, problems, keys };
}

/** Problems in file order: the same report on every machine, however the reading was shared out. */
export function sortProblems(problems: FileProblem[]): FileProblem[] {
  return problems.sort((a, b) => compare(a.file, b.file));
}

/**
 * Pairs each `.txt` with its `.meta.json`; hidden files and other extensions are not articles and are skipped.
 * Anything named like an article file that is not a file is a problem: left out silently, it would take an article
 * away without a word.
 */
function groupById(
  entries: readonly Dirent[],
  linkReasons: ReadonlyMap<string, string | null>,
  problems: FileProblem[],
): ArticleFiles[] {
  const byId = new Map<string, ArticleFiles>();
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const suffix = articleSuffix(name);
    if (suffix === null) continue;
    const notAFile = entry.isSymbolicLink() ? (linkReasons.get(name) ?? null) : notAFileReason(entry);
    if (notAFile !== null) {
      problems.push({ file: relative(name), reason: notAFile });
      continue;
    }
    const id = name.slice(0, -suffix.length);
    if (!isSafeArticleId(id)) {
      problems.push({
        file: relative(name),
        reason: `"${id}" is not a usable article id (letters, digits, _ and - only, at most 128 characters)`,
      });
      continue;
    }
    const files = byId.get(id) ?? { id };
    if (suffix === TEXT_SUFFIX) files.text = name;
    else if (suffix === HTML_SUFFIX) files.html = name;
    else files.meta = name;
    byId.set(id, files);
  }
  return [...byId.values()];
}

/** A link is read only when it leads to a regular file inside the data folder; otherwise why not. */
async function linkReason(dataDir: string, path: string): Promise<string | null> {
  const resolved = await resolveInDataDir(dataDir, path);
  if (!resolved.ok) return resolved.reason;
  const reached = await stat(resolved.realPath).catch(() => null);
  if (reached === null) return 'is a link to a file that cannot be read';
  const reason = notAFileReason(reached);
  return reason === null ? null : `is a link to ${resolved.realPath}, which ${reason}`;
}

const isArticleName = (name: string): boolean => !name.startsWith('.') && articleSuffix(name) !== null;

const articleSuffix = (name: string): string | null =>
  name.endsWith(META_SUFFIX)
    ? META_SUFFIX
    : name.endsWith(TEXT_SUFFIX)
      ? TEXT_SUFFIX
      : name.endsWith(HTML_SUFFIX)
        ? HTML_SUFFIX
        : null;

/** The article a reported file belongs to, or null when the problem is not one article's (the folder itself). */
export function articleIdOfProblemFile(file: string): string | null {
  if (!file.startsWith(ARTICLES_FOLDER_FILE)) return null;
  const name = file.slice(ARTICLES_FOLDER_FILE.length);
  const suffix = articleSuffix(name);
  return suffix === null || name.length === suffix.length ? null : name.slice(0, -suffix.length);
}

/** An article with the key of the bytes it was read from (see articleFilesKey), or why there is none. */
type LoadResult = { article: Article; key: string } | { problems: FileProblem[] };

/** Reads, decodes and cleans one article; every problem it has is reported, and then no article is made. */
function loadArticleFile(folder: string, files: ArticleFiles): LoadResult {
  if (files.html !== undefined) {
    if (files.text !== undefined) {
      return {
        problems: [{ file: relative(files.html), reason: `${files.text} holds the same article; keep one of the two` }],
      };
    }
    return loadSavedPage(folder, files as ArticleFiles & { html: string });
  }
  if (files.text === undefined) {
    const meta = files.meta ?? `${files.id}${META_SUFFIX}`;
    return {
      problems: [
        { file: relative(meta), reason: `metadata without its article: ${files.id}${TEXT_SUFFIX} is missing` },
      ],
    };
  }
  const text = readText(folder, files.text);
  const meta = files.meta ? readMeta(folder, files.meta) : undefined;
  const problems = [...('problems' in text ? text.problems : []), ...(meta && 'problems' in meta ? meta.problems : [])];
  if (problems.length > 0 || !('raw' in text)) return { problems };

  const articleMeta = meta && 'meta' in meta ? meta.meta : undefined;
  const article = buildArticle(files.id, text.raw, articleMeta, contentHashOfBytes(text.bytes, articleMeta));
  if (article.paragraphs.length === 0) {
    return { problems: [{ file: relative(files.text), reason: 'no reporting left after removing site furniture' }] };
  }
  const bytes = (name: string) => (name === files.text ? text.bytes : meta && 'bytes' in meta ? meta.bytes : null);
  return { article, key: articleFilesKey(files, bytes)! };
}

/**
 * A saved web page: text and metadata extracted from the page, where the desk's own `.meta.json`, when there is
 * one, wins field by field, as it does over what the loader detects in a `.txt`.
 */
function loadSavedPage(folder: string, files: ArticleFiles & { html: string }): LoadResult {
  let bytes: Uint8Array | string;
  try {
    bytes = readCapped(filePath(folder, files.html));
  } catch (error) {
    return { problems: [{ file: relative(files.html), reason: readReason(error) }] };
  }
  if (typeof bytes === 'string') return { problems: [{ file: relative(files.html), reason: bytes }] };
  const page = readSavedPage(bytes);
  const desk = files.meta ? readMeta(folder, files.meta) : undefined;
  const problems = [
    ...(page.ok ? [] : [{ file: relative(files.html), reason: page.reason }]),
    ...(desk && 'problems' in desk ? desk.problems : []),
  ];
  if (problems.length > 0 || !page.ok) return { problems };
  const meta: ArticleMeta = { ...page.meta, ...(desk && 'meta' in desk ? desk.meta : {}) };
  // Hashed on what was extracted, so a page saved again with new ads or tracking is not reported as changed.
  const article = buildArticle(files.id, page.raw, meta, contentHash(page.raw, meta));
  if (article.paragraphs.length === 0) {
    return { problems: [{ file: relative(files.html), reason: 'no reporting left after removing site furniture' }] };
  }
  const pageBytes = bytes;
  const read = (name: string) => (name === files.html ? pageBytes : desk && 'bytes' in desk ? desk.bytes : null);
  return { article, key: articleFilesKey(files, read)! };
}

function readText(folder: string, name: string): { raw: string; bytes: Uint8Array } | { problems: FileProblem[] } {
  try {
    const bytes = readCapped(filePath(folder, name));
    if (typeof bytes === 'string') return { problems: [{ file: relative(name), reason: bytes }] };
    const decoded = decodeArticleText(bytes);
    return decoded.ok ? { raw: decoded.text, bytes } : { problems: [{ file: relative(name), reason: decoded.reason }] };
  } catch (error) {
    return { problems: [{ file: relative(name), reason: readReason(error) }] };
  }
}

type MetaRead = { meta: ArticleMeta; bytes: Uint8Array } | { problems: FileProblem[] };

function readMeta(folder: string, name: string): MetaRead {
  try {
    const bytes = readCapped(filePath(folder, name));
    if (typeof bytes === 'string') return { problems: [{ file: relative(name), reason: bytes }] };
    const decoded = decodeArticleText(bytes);
    if (!decoded.ok) return { problems: [{ file: relative(name), reason: decoded.reason }] };
    const parsed = parseArticleMeta(decoded.text);
    if (parsed.ok) return { meta: parsed.meta, bytes };
    return { problems: parsed.reasons.map((reason) => ({ file: relative(name), reason })) };
  } catch (error) {
    return { problems: [{ file: relative(name), reason: readReason(error) }] };
  }
}

// Non-blocking, so that opening a pipe put where a file was listed returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file of at most MAX_ARTICLE_BYTES, or why it is not read. Size and kind are checked on
 * the opened file, so what was checked is what is read, and no more than the size checked is read.
 */
export function readCapped(path: string): Uint8Array | string {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    const notAFile = notAFileReason(stats);
    if (notAFile !== null) return notAFile;
    if (stats.size > MAX_ARTICLE_BYTES) {
      const cap = megabytes(MAX_ARTICLE_BYTES);
      return `is ${megabytes(stats.size)}; a file may be at most ${cap} (split it, or cut what is not reporting)`;
    }
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const relative = (name: string): string => `${ARTICLES_FOLDER}/${name}`;

// A listed name is a bare file name, so a plain join does; path.join normalises the whole path, once per file.
const filePath = (folder: string, name: string): string => `${folder}/${name}`;

// Plain code-unit order: the same on every machine and locale, so ids and problem lists never reshuffle.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

function folderReason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'folder not found; put the article .txt files in <DATA_DIR>/articles/';
    case 'ENOTDIR':
      return 'is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'folder cannot be read (permission denied)';
    default:
      return `folder cannot be read (${errorCode(error) ?? String(error)})`;
  }
}

function readReason(error: unknown): string {
  switch (errorCode(error)) {
    case 'EISDIR':
      return IS_A_FOLDER;
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOENT':
      return 'disappeared while loading';
    default:
      return `cannot be read (${errorCode(error) ?? String(error)})`;
  }
}
