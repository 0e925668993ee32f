import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine, manyFiguresDataDir } from '../../../tests/support/engine';
import type { Answer } from '../../engine/answer';
import type { Engine } from '../../engine/engine';
import { exportColumns, exportRows, type ExportRow } from '../../engine/export/export-rows';
import { messages } from '../../i18n/catalog';
import type { Locale } from '../../locale/locale';
import { csvExport } from './csv-export';
import { exportFile, fileName } from './export-file';
import { markdownExport } from './markdown-export';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine(await manyFiguresDataDir());
});

function full(name: 'figure' | 'source', query: string): Answer {
  const outcome = engine.answer({ name, query }, { all: true });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.answer;
}

/** A row as CSV cells are expected to read back: numbers as written by JS, unknowns empty. */
function expectedCells(row: ExportRow, command: 'figure' | 'source'): string[] {
  return exportColumns(command).map((column) => {
    if (column === 'qualifier')
      return [row.qualifier ?? '', row.increment ? messages('en').answer.incrementShort : ''].filter(Boolean).join(' ');
    const value = row[column];
    return value === null ? '' : String(value);
  });
}

/** The cells of one Markdown table line, pipes inside cells unescaped. */
function markdownCells(line: string): string[] {
  return line
    .slice(2, -2)
    .split(/ (?<!\\)\| /)
    .map((cell) => cell.replace(/\\\|/g, '|').replace(/\\\\/g, '\\'));
}

describe('CSV export', () => {
  it.each(['figure', 'source'] as const)(
    '/%s parses back with csv-parse to the same rows, headed in English',
    (command) => {
      const answer = full(command, command === 'figure' ? 'troops' : 'Yonhap');
      const rows = exportRows(answer);
      const records: string[][] = parse(csvExport(command, rows, 'en'), { bom: true, relax_column_count: false });
      expect(records[0]).toEqual(exportColumns(command).map((c) => messages('en').export.columns[c]));
      expect(records.slice(1)).toEqual(rows.map((row) => expectedCells(row, command)));
      expect(records.length - 1).toBe(answer.total);
    },
  );

  it('keeps quotes, commas, semicolons, pipes and line breaks of a cell intact', () => {
    const tricky: ExportRow = {
      value: 1.5,
      upper: 2,
      unit: 'percent',
      measure: 'Wachstum',
      qualifier: 'rund',
      increment: true,
      source: 'Wifo',
      sourceLabels: null,
      via: null,
      wordsRead: 'rund 1,5',
      sentence: 'Er sagte: "rund 1,5 | 2 Prozent"; mehr\nnicht.',
      title: 'A, B; "C"',
      outlet: null,
      published: null,
      url: 'https://example.org/?a=1,2',
      paragraph: 3,
      articleId: 'x',
    };
    const [header, record] = parse(csvExport('figure', [tricky], 'de'), { bom: true }) as string[][];
    expect(header?.[0]).toBe('Wert');
    expect(record).toEqual(expectedCells(tricky, 'figure').map((cell, i) => (i === 4 ? 'rund (zusätzlich)' : cell)));
  });

  it('heads the columns in German for a German reader and starts with a byte order mark for Excel', () => {
    const text = csvExport('figure', exportRows(full('figure', 'troops')), 'de');
    expect(text.startsWith('\uFEFFWert,Wert bis,Einheit,')).toBe(true);
  });
});

describe('Markdown export', () => {
  it.each(['en', 'de'] as const)(
    'is a table with one line per row whose cells hold the sentences verbatim (%s)',
    (locale: Locale) => {
      const answer = full('figure', 'troops');
      const rows = exportRows(answer);
      const text = markdownExport('figure', rows, { title: 'Figures for troops' }, locale);
      const table = text.split('\n').filter((line) => line.startsWith('| '));
      const columns = exportColumns('figure');
      expect(table).toHaveLength(rows.length + 2);
      expect(markdownCells(table[0]!)).toEqual(columns.map((c) => messages(locale).export.columns[c]));
      const sentence = columns.indexOf('sentence');
      const title = columns.indexOf('title');
      for (const [i, line] of table.slice(2).entries()) {
        const cells = markdownCells(line);
        expect(cells).toHaveLength(columns.length);
        expect(cells[sentence]).toBe(rows[i]!.sentence);
        expect(cells[title]).toBe(rows[i]!.title);
      }
      // The titles with a pipe came through as one cell each.
      expect(rows.some((r) => r.title.includes('|'))).toBe(true);
    },
  );

  it('writes numbers and the stand-ins as the reader reads them', () => {
    const row = exportRows(full('figure', 'troops')).find(
      (r) => r.value !== null && r.value >= 1000 && r.published === null,
    );
    if (!row) throw new Error('an undated figure of a thousand or more');
    const de = markdownExport('figure', [row], { title: 't' }, 'de');
    expect(de).toContain(`| ${new Intl.NumberFormat('de-DE').format(row.value!)} |`);
    expect(de).toContain('| ohne Datum |');
    expect(markdownExport('figure', [row], { title: 't' }, 'en')).toContain('| undated |');
  });
});

describe('export files', () => {
  it('keep every row when they fit, and cut a list too long for the size limit, saying so', () => {
    const answer = full('figure', 'troops');
    const whole = exportFile(answer, 'csv', 'en');
    expect(whole.rows).toBe(answer.total);
    expect(whole.note).toBeUndefined();
    const cut = exportFile(answer, 'md', 'de', Math.floor(whole.data.length / 3));
    expect(cut.data.length).toBeLessThanOrEqual(Math.floor(whole.data.length / 3));
    expect(cut.rows).toBeGreaterThan(0);
    expect(cut.rows).toBeLessThan(cut.total);
    expect(cut.note).toMatch(/^Die ersten \d+ von 144 Zeilen/);
    expect(cut.data.toString('utf8')).toContain(cut.note);
  });

  it('are named after the command and the query in plain ASCII', () => {
    expect(fileName({ command: 'figure', query: 'Südkorea: Größe & Truppen' }, 'csv')).toBe(
      'factdesk-figure-sudkorea-grosse-truppen.csv',
    );
    expect(fileName({ command: 'source', query: '„“' }, 'md')).toBe('factdesk-source-export.md');
  });
});
