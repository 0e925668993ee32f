import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from './support/engine';
import { npmRun } from './support/npm-run';

describe('npm run ask with --csv, --md and --chart', () => {
  it('prints the full list as CSV or Markdown on stdout and writes the chart to a file', async () => {
    const chartFile = join(await mkdtemp(join(tmpdir(), 'factdesk-chart-')), 'troops.png');
    const [csv, md, engine] = await Promise.all([
      npmRun(['ask', '--', '--csv', '--chart', chartFile, '/figure troops']),
      npmRun(['ask', '--', '--md', '/source kcna'], { DESK_LOCALE: 'de' }),
      loadEngine(),
    ]);
    const full = engine.answer({ name: 'figure', query: 'troops' }, { all: true });
    if (!full.ok) throw new Error(full.error);

    expect(csv.status).toBe(0);
    const [header, ...records] = parse(csv.stdout, { bom: true }) as string[][];
    expect(header?.[0]).toBe('value');
    expect(records.map((r) => r[header!.indexOf('sentence')])).toEqual(full.answer.results.map((r) => r.snippet));
    const png = await readFile(chartFile);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(csv.stderr).toMatch(new RegExp(`^Chart written to ${chartFile}: Chart of \\d+ figures`, 'm'));

    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Quellen zu kcna — gefunden: KCNA\n/);
    expect(md.stdout).toMatch(/\n\| Quelle \| gegenüber \| gelesene Wörter \| Satz \|/);
  });
});
