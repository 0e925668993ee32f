import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../corpus/load-articles';
import { placeOnRecord } from './ingest-link';
import { prepareArticle } from './prepare-article';
import { NODE_FILE_SYSTEM, type ArticleFileSystem } from './write-article-files';

const HAFEN = readFileSync('tests/fixtures/pages/hafenstreik.html', 'utf8');
const PAGE_URL = 'https://www.hanseatische-rundschau.example/hamburg/hafenstreik-terminals-stehen-still-a-41873.html';
const UPDATE =
  '<p>Am Dienstagabend haben Verdi und die Arbeitgeber eine Schlichtung vereinbart. Der Streik endet damit vorzeitig.</p>';
const updated = HAFEN.replace(
  '</div>\n  <footer class="article-footer">',
  `${UPDATE}\n  </div>\n  <footer class="article-footer">`,
);

function prepared(html: string, url = PAGE_URL) {
  const result = prepareArticle(html, url);
  if (!result.ok) throw new Error(result.problem.kind);
  return result;
}

async function dirs() {
  return {
    dataDir: await mkdtemp(join(tmpdir(), 'factdesk-place-data-')),
    stateDir: await mkdtemp(join(tmpdir(), 'factdesk-place-state-')),
  };
}

/** Every file in articles/, hidden ones included, with its content. */
async function folder(dataDir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dataDir, 'articles'))).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dataDir, 'articles', n), 'utf8')] as const)),
  );
}

describe('placeArticle', () => {
  it('keeps the earlier version whole when writing the update fails, and replaces it in place when it succeeds', async () => {
    const deps = await dirs();
    expect(await placeOnRecord(prepared(HAFEN), deps)).toMatchObject({ kind: 'added' });
    const before = await folder(deps.dataDir);
    expect(Object.keys(before)).toHaveLength(2);

    // The disk fills up while the metadata is written, after the new text went to disk.
    let writes = 0;
    const failing: ArticleFileSystem = {
      ...NODE_FILE_SYSTEM,
      writeNew: async (path, content) => {
        if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return NODE_FILE_SYSTEM.writeNew(path, content);
      },
    };
    const failed = await placeOnRecord(prepared(updated), { ...deps, fs: failing });
    expect(failed).toEqual({
      kind: 'failed',
      problem: { kind: 'not-saved', detail: 'ENOSPC: no space left on device' },
    });
    expect(await folder(deps.dataDir)).toEqual(before);

    const placed = await placeOnRecord(prepared(updated), deps);
    expect(placed).toMatchObject({ kind: 'updated' });
    const after = await folder(deps.dataDir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const { articles } = await loadArticles(deps.dataDir);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs.at(-1)?.text).toContain('Schlichtung');
  });

  it('stores an update under the id the article already has, even when the outlet now names itself differently', async () => {
    const deps = await dirs();
    const first = await placeOnRecord(prepared(HAFEN), deps);
    const renamed = updated.replace('"name":"Hanseatische Rundschau"', '"name":"Rundschau Medien"');
    expect(prepared(renamed).files.id).not.toBe(first.kind === 'added' && first.files.id);
    const second = await placeOnRecord(prepared(renamed), deps);
    expect(second.kind).toBe('updated');
    expect(second.kind === 'updated' && first.kind === 'added' && second.files.id === first.files.id).toBe(true);
    const { articles } = await loadArticles(deps.dataDir);
    expect(articles.map((a) => a.outlet)).toEqual(['Rundschau Medien']);
  });

  it('recognises the same text under another address as the stored article, and writes nothing', async () => {
    const deps = await dirs();
    await placeOnRecord(prepared(HAFEN), deps);
    const before = await folder(deps.dataDir);
    // A mobile copy that names no canonical URL, with the crossheads its template leaves out.
    const mobile = HAFEN.replace(
      /<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>|"mainEntityOfPage":\{[^}]*\},/g,
      '',
    ).replace('<h2>Reedereien warnen vor Staus</h2>', '');
    const copy = prepared(mobile, 'https://m.hanseatische-rundschau.example/hafenstreik?utm_source=app');
    expect(copy.files.meta.url).toBe('https://m.hanseatische-rundschau.example/hafenstreik');
    const placed = await placeOnRecord(copy, deps);
    expect(placed).toEqual({
      kind: 'duplicate',
      id: expect.stringMatching(/^hanseatische-rundschau_/),
      title: 'Hafenstreik in Hamburg: Terminals stehen still',
    });
    expect(await folder(deps.dataDir)).toEqual(before);
  });
});
