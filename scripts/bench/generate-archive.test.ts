import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load-articles';
import { writeArchive } from './generate-archive';

const DATA_DIR = join(import.meta.dirname, '../../data');
const scratch = mkdtempSync(join(tmpdir(), 'factdesk-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(name: string, seed: number, size: number): string {
  const dir = join(scratch, name);
  writeArchive({ dir, seed, size, dataDir: DATA_DIR });
  return dir;
}

const filesOf = (dir: string): Map<string, string> =>
  new Map(readdirSync(join(dir, 'articles')).map((name) => [name, readFileSync(join(dir, 'articles', name), 'utf8')]));

describe('synthetic archive generator', () => {
  const first = generate('a', 7, 12);
  const again = generate('b', 7, 12);

  it('writes the same files for the same seed, so timings compare across runs and machines', () => {
    expect(filesOf(again)).toEqual(filesOf(first));
  });

  it('writes different text for a different seed', () => {
    const other = filesOf(generate('c', 8, 12));
    const synthetic = [...filesOf(first).keys()].filter((name) => name.startsWith('001000_'));
    expect(synthetic).toHaveLength(1);
    expect(other.has(synthetic[0] ?? '')).toBe(false);
  });

  it('keeps the real articles verbatim beside the synthetic ones', () => {
    const files = filesOf(first);
    for (const name of readdirSync(join(DATA_DIR, 'articles'))) {
      expect(files.get(name)).toBe(readFileSync(join(DATA_DIR, 'articles', name), 'utf8'));
    }
    expect([...files.keys()].filter((name) => name.endsWith('.txt'))).toHaveLength(
      12 + readdirSync(join(DATA_DIR, 'articles')).filter((name) => name.endsWith('.txt')).length,
    );
  });

  it('writes articles shaped like the real corpus: 600–900 words, umlauts, ß, German numbers, quotes', () => {
    const texts = [...filesOf(first)].filter(([name]) => /^\d{6}_.*\.txt$/.test(name)).map(([, text]) => text);
    const all = texts.join('\n');
    for (const text of texts) {
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThan(1100);
    }
    expect(all).toMatch(/[äöü]/);
    expect(all).toMatch(/ß/);
    expect(all).toMatch(/\d{1,3}\.\d{3}/);
    expect(all).toMatch(/„[^“]+“/);
    expect(all).toMatch(/\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+/u);
  });

  it('writes files the real loader accepts without a single problem, with outlet and date where given', async () => {
    const { articles, problems } = await loadArticles(first);
    expect(problems).toEqual([]);
    const synthetic = articles.filter((a) => /^\d{6}_/.test(a.id));
    expect(synthetic).toHaveLength(12);
    for (const article of synthetic) {
      expect(article.title.length).toBeGreaterThan(10);
      expect(article.paragraphs.filter((p) => !p.heading).length).toBeGreaterThanOrEqual(4);
    }
    const files = filesOf(first);
    for (const article of synthetic) {
      const meta = files.get(`${article.id}.meta.json`);
      if (!meta) continue;
      const { outlet, published } = JSON.parse(meta) as { outlet: string; published: string };
      expect([article.outlet, article.published]).toEqual([outlet, published]);
    }
  });
});
