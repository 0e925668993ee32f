import { createHash } from 'node:crypto';
import type { ArticleFiles } from './load-articles';

/**
 * What an article's cached reading is filed under: its id and the bytes of each of its files (text or saved page,
 * and the metadata sidecar), hashed, so any change to a file, or a file added or taken away, gives another key.
 * `bytesOf` gives a listed file's bytes; null when one cannot be read as a whole, and then there is no key. The
 * loader keys an article by the very bytes it read, so a file changed during a build is never filed under the key
 * of its other content.
 */
export function articleFilesKey(files: ArticleFiles, bytesOf: (name: string) => Uint8Array | null): string | null {
  const hash = createHash('sha256').update(files.id);
  for (const name of [files.text, files.html, files.meta]) {
    // The names go in too: the same bytes as a .txt and as a saved page read differently.
    hash.update(`\u0000${name ?? ''}\u0000`);
    if (name === undefined) continue;
    const bytes = bytesOf(name);
    if (bytes === null) return null;
    hash.update(String(bytes.length)).update('\u0000').update(bytes);
  }
  return hash.digest('base64url');
}
