import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleFilesToWrite } from '../corpus/page/article-files';

/** The file operations a write needs; tests hand in one that fails where a full disk would. */
export interface ArticleFileSystem {
  /** Writes and flushes a new file; it must not exist yet. */
  writeNew(path: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const NODE_FILE_SYSTEM: ArticleFileSystem = {
  async writeNew(path, content) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};

export const articleFilePaths = (dataDir: string, id: string): { text: string; meta: string } => {
  const base = join(dataDir, 'articles', id);
  return { text: `${base}.txt`, meta: `${base}.meta.json` };
};

const metaFileContent = (files: ArticleFilesToWrite): string => `${JSON.stringify(files.meta, null, 2)}\n`;

/**
 * Writes `<id>.txt` and `<id>.meta.json` into `<dataDir>/articles` so that an earlier version of the article is
 * never lost: both files are written in full to temporary names first, and only then renamed over the old ones
 * (each rename is atomic). A failed write removes the temporary files and leaves the earlier version as it was.
 * The text is renamed first: a reload between the two renames reads the new text with the old metadata, a valid
 * article, where metadata without its text would be a bad file. An update is written under the id the article
 * already has (see placeArticle), so no file of an earlier copy is left to remove.
 */
export async function writeArticleFiles(
  dataDir: string,
  files: ArticleFilesToWrite,
  options: { fs?: ArticleFileSystem } = {},
): Promise<void> {
  const fs = options.fs ?? NODE_FILE_SYSTEM;
  const target = articleFilePaths(dataDir, files.id);
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // Hidden temporary names: the loader skips dot files, so a reload never reads a half-written article.
  const temp = {
    text: join(dataDir, 'articles', `.${files.id}.txt.${tag}`),
    meta: join(dataDir, 'articles', `.${files.id}.meta.json.${tag}`),
  };
  try {
    await fs.writeNew(temp.text, files.text);
    await fs.writeNew(temp.meta, metaFileContent(files));
    await fs.rename(temp.text, target.text);
    await fs.rename(temp.meta, target.meta);
  } catch (error) {
    await Promise.all([fs.remove(temp.text), fs.remove(temp.meta)]);
    throw error;
  }
}

/** Whether the article is stored under its id exactly as these files would store it. */
export async function storedAsIs(dataDir: string, files: ArticleFilesToWrite): Promise<boolean> {
  const paths = articleFilePaths(dataDir, files.id);
  try {
    const [text, meta] = await Promise.all([readFile(paths.text, 'utf8'), readFile(paths.meta, 'utf8')]);
    return text === files.text && meta === metaFileContent(files);
  } catch {
    return false;
  }
}
