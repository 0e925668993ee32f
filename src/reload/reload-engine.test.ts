import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import { EngineHolder } from '../engine/holder';
import { reloadEngine } from './reload-engine';

let dataDir: string;
let holder: EngineHolder;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-reload-'));
  await cp('data', dataDir, { recursive: true });
  const { engine } = await createEngineFromDir(dataDir);
  if (!engine) throw new Error('bundled data must load');
  holder = new EngineHolder(engine);
});

const ARTICLE = `Neue Meldung aus Seoul

Der südkoreanische Geheimdienst schätzt, dass rund 2.000 Soldaten verwundet wurden.
`;

async function addArticle(id: string, meta?: string): Promise<void> {
  await writeFile(join(dataDir, 'articles', `${id}.txt`), ARTICLE);
  if (meta !== undefined) await writeFile(join(dataDir, 'articles', `${id}.meta.json`), meta);
}

describe('reloadEngine', () => {
  it('swaps in the new corpus and reports what was added', async () => {
    await addArticle('010_neu');
    const report = await reloadEngine(holder, dataDir, 'keep-old', { actor: 'test' });
    expect(report.outcome).toBe('reloaded');
    expect(report.diff?.added).toEqual([{ id: '010_neu', title: 'Neue Meldung aus Seoul' }]);
    expect(holder.current.articles.has('010_neu')).toBe(true);
  });

  it('under keep-old, an invalid file keeps the engine in service untouched', async () => {
    const engine = holder.current;
    await addArticle('010_neu');
    await addArticle('011_kaputt', '{"published": "gestern"}');
    const report = await reloadEngine(holder, dataDir, 'keep-old');
    expect(report.outcome).toBe('kept-old');
    expect(report.problems.map((p) => p.file)).toEqual(['articles/011_kaputt.meta.json']);
    expect(holder.current).toBe(engine);
  });

  it('under skip-invalid, loads the valid files and lists the skipped one', async () => {
    await addArticle('010_neu');
    await addArticle('011_kaputt', '{"published": "gestern"}');
    const report = await reloadEngine(holder, dataDir, 'skip-invalid');
    expect(report.outcome).toBe('reloaded');
    expect(report.problems.map((p) => p.file)).toEqual(['articles/011_kaputt.meta.json']);
    expect(holder.current.articles.has('010_neu')).toBe(true);
    expect(holder.current.articles.has('011_kaputt')).toBe(false);
  });

  it('a broken lexicon keeps the old corpus under either policy', async () => {
    const engine = holder.current;
    await writeFile(join(dataDir, 'lexicon', 'topics.json'), '{"topics": [');
    const report = await reloadEngine(holder, dataDir, 'skip-invalid');
    expect(report.outcome).toBe('kept-old');
    expect(report.problems.some((p) => p.file.includes('topics.json'))).toBe(true);
    expect(holder.current).toBe(engine);
  });

  it('two reloads at once run as one', async () => {
    await addArticle('010_neu');
    const swapped: unknown[] = [];
    const swap = holder.swap.bind(holder);
    holder.swap = (next) => (swapped.push(next), swap(next));
    const [a, b] = await Promise.all([
      reloadEngine(holder, dataDir, 'keep-old', { actor: 'first' }),
      reloadEngine(holder, dataDir, 'keep-old', { actor: 'second' }),
    ]);
    expect(swapped).toHaveLength(1);
    expect([a.joined, b.joined]).toEqual([false, true]);
    expect(b.actor).toBe('first');
    expect(b.diff).toEqual(a.diff);
  });
});
