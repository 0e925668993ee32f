import { articleFilesKey } from '../../corpus/article-files-key';
import { readCapped, type ArticleFiles } from '../../corpus/load-articles';

/**
 * The key of each listed article's files as they are now (see articleFilesKey), or null where a file cannot be
 * read whole: what a build looks the cache up by. Yields after each article, so a reload can run it in slices.
 */
export function* keyFilesSteps(folder: string, files: readonly ArticleFiles[]): Generator<void, (string | null)[]> {
  const keys: (string | null)[] = [];
  for (const group of files) {
    keys.push(articleFilesKey(group, readBytes(folder)));
    yield;
  }
  return keys;
}

const readBytes =
  (folder: string) =>
  (name: string): Uint8Array | null => {
    try {
      const bytes = readCapped(`${folder}/${name}`);
      return typeof bytes === 'string' ? null : bytes;
    } catch {
      return null;
    }
  };
