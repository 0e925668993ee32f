import { appendFileSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The archive as a data folder of its own, its files hard-linked (a few hundred milliseconds at 50,000 articles,
 * no copies): the warm measurements add articles to it without touching the generated archive others reuse.
 */
export function mirrorArchive(archiveDir: string): string {
  const mirror = mkdtempSync(join(tmpdir(), 'factdesk-bench-warm-'));
  for (const sub of ['articles', 'lexicon']) {
    mkdirSync(join(mirror, sub));
    for (const name of readdirSync(join(archiveDir, sub)))
      linkSync(join(archiveDir, sub, name), join(mirror, sub, name));
  }
  return mirror;
}

/**
 * Adds `count` articles as a desk would: new files with new ids (copies of existing articles with a new closing
 * paragraph, so each is new to the cache). Returns their ids.
 */
export function addArticles(dataDir: string, count: number): string[] {
  const folder = join(dataDir, 'articles');
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(-count);
  return sources.map((name, i) => {
    const id = `zz_added_${String(i).padStart(3, '0')}`;
    copyFileSync(join(folder, name), join(folder, `${id}.txt`));
    appendFileSync(
      join(folder, `${id}.txt`),
      `\nNachtrag ${i + 1}: Die Behörden meldeten am Abend ${1000 + i} weitere Fälle.\n`,
    );
    return id;
  });
}
