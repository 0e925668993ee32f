import { readFile, stat } from 'node:fs/promises';
import { parseArticleMeta } from '../corpus/parse-meta';
import type { ArticleFilesToWrite } from '../corpus/page/article-files';
import { articleTextHash } from './article-text-hash';
import type { IngestProblem } from './ingest-problem';
import type { PreparedArticle } from './prepare-article';
import { recordStored, type SeenItems } from './seen-items';
import { articleFilePaths, type ArticleFileSystem, storedAsIs, writeArticleFiles } from './write-article-files';

export type Placement =
  | { kind: 'added' | 'updated' | 'unchanged'; files: ArticleFilesToWrite }
  /** The same reporting is stored already under another address: nothing was written. */
  | { kind: 'duplicate'; id: string; title: string }
  | { kind: 'failed'; problem: IngestProblem };

/**
 * Where a prepared article goes in the data folder, and putting it there. An article whose canonical URL is on
 * record keeps the id it was stored under (the outlet's name in an id may change between fetches), so an update
 * replaces it and the reload reports it as changed; one whose text is on record under another URL is the same
 * story reached another way and is not stored again. `seen` gets the stored article's record; saving it is the
 * caller's.
 */
export async function placeArticle(
  prepared: PreparedArticle,
  dataDir: string,
  seen: SeenItems,
  fs?: ArticleFileSystem,
): Promise<Placement> {
  const url = prepared.files.meta.url ?? '';
  const textHash = articleTextHash(prepared.article);
  const onRecord = seen.articles.find((a) => a.url === url);
  const files =
    onRecord && onRecord.id !== prepared.files.id && (await isStored(dataDir, onRecord.id))
      ? { ...prepared.files, id: onRecord.id }
      : prepared.files;
  if (await storedAsIs(dataDir, files)) {
    recordStored(seen, { id: files.id, url, textHash });
    return { kind: 'unchanged', files };
  }
  const existed = await isStored(dataDir, files.id);
  if (!existed) {
    for (const same of seen.articles.filter((a) => a.textHash === textHash && a.url !== url)) {
      if (!(await isStored(dataDir, same.id))) continue;
      return { kind: 'duplicate', id: same.id, title: await storedTitle(dataDir, same.id) };
    }
  }
  try {
    await writeArticleFiles(dataDir, files, fs ? { fs } : {});
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', problem: { kind: 'not-saved', detail } };
  }
  recordStored(seen, { id: files.id, url, textHash });
  return { kind: existed ? 'updated' : 'added', files };
}

async function isStored(dataDir: string, id: string): Promise<boolean> {
  return stat(articleFilePaths(dataDir, id).text).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The title the stored article is cited with, as its metadata gives it; the id when it gives none. */
async function storedTitle(dataDir: string, id: string): Promise<string> {
  const json = await readFile(articleFilePaths(dataDir, id).meta, 'utf8').catch(() => null);
  const parsed = json === null ? null : parseArticleMeta(json);
  return (parsed?.ok ? parsed.meta.title : undefined) ?? id;
}
