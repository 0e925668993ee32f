import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, manyFiguresDataDir } from '../../../tests/support/engine';
import type { Answer } from '../answer';
import type { Command } from '../command';
import type { Engine } from '../engine';
import { exportColumns, exportRows } from './export-rows';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine(await manyFiguresDataDir());
});

function ask(command: Command, all: boolean): Answer {
  const outcome = engine.answer(command, { all });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.answer;
}

describe('export rows', () => {
  it('cover the full /figure list, not the hundred the pages show, in the answer order', () => {
    const paged = ask({ name: 'figure', query: 'troops' }, false);
    const full = ask({ name: 'figure', query: 'troops' }, true);
    expect(paged.results).toHaveLength(100);
    expect(paged.total).toBeGreaterThan(100);
    expect(full.results).toHaveLength(paged.total ?? 0);
    const rows = exportRows(full);
    expect(rows).toHaveLength(full.total ?? 0);
    expect(rows.slice(0, 100).map((r) => [r.value, r.articleId, r.paragraph])).toEqual(
      paged.results.map((r) => [r.figure?.value, r.articleId, r.paragraph]),
    );
  });

  it('carry each figure with the words it was read from, inside its verbatim sentence, and the citation', () => {
    const full = ask({ name: 'figure', query: 'troops' }, true);
    for (const [i, row] of exportRows(full).entries()) {
      const result = full.results[i]!;
      expect(row.sentence).toBe(result.snippet);
      expect(row.wordsRead).toBe(result.figure?.text);
      expect(row.sentence).toContain(row.wordsRead);
      expect(row).toMatchObject({
        value: result.figure?.value,
        unit: result.figure?.unit,
        title: result.title,
        outlet: result.outlet,
      });
      expect(row.published).toBe(result.published);
    }
  });

  it('give a /source list the words each credit was read from and whom it was told', () => {
    const full = ask({ name: 'source', query: 'Yonhap' }, true);
    const rows = exportRows(full);
    expect(rows.length).toBe(full.total);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.value).toBeNull();
      expect(row.wordsRead).not.toBeNull();
      expect(row.sentence).toContain(row.wordsRead);
    }
    expect(exportColumns('source')).not.toContain('value');
    expect(exportColumns('figure')).toEqual(
      expect.arrayContaining([
        'value',
        'unit',
        'qualifier',
        'source',
        'wordsRead',
        'sentence',
        'title',
        'outlet',
        'published',
        'url',
        'paragraph',
      ]),
    );
  });
});
