import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../state/atomic-file';
import type { ArticleFilesToWrite } from '../corpus/page/article-files';

/**
 * Writes `<id>.txt` then `<id>.meta.json` into `<dataDir>/articles`, each atomically. The text goes first: a reload
 * that runs between the two sees an article without its outlet for a moment, where metadata first would be a
 * metadata file without its article, a problem that keeps the whole old corpus under keep-old. When either write
 * fails, both are removed, so nothing half-written stays (an earlier version being replaced goes with them; the
 * next fetch brings it back).
 */
export async function writeArticleFiles(dataDir: string, files: ArticleFilesToWrite): Promise<void> {
  const base = join(dataDir, 'articles', files.id);
  try {
    await writeFileAtomic(`${base}.txt`, files.text);
    await writeFileAtomic(`${base}.meta.json`, `${JSON.stringify(files.meta, null, 2)}\n`);
  } catch (error) {
    await Promise.all([rm(`${base}.txt`, { force: true }), rm(`${base}.meta.json`, { force: true })]);
    throw error;
  }
}
