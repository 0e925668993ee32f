import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load-lexicon';

const DATA_DIR = join(import.meta.dirname, '../../data');

async function dataDirWith(files: { sources?: string; topics?: string }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-lexicon-'));
  await mkdir(join(dir, 'lexicon'));
  if (files.sources !== undefined) await writeFile(join(dir, 'lexicon/sources.json'), files.sources);
  if (files.topics !== undefined) await writeFile(join(dir, 'lexicon/topics.json'), files.topics);
  return dir;
}

const validTopics = JSON.stringify({
  topics: [{ id: 'troops', label: 'Troops', names: ['troops'], terms: ['soldat'] }],
});
const source = (id: string, aliases: string[]) => ({ id, name: id.toUpperCase(), kind: 'agency', aliases });

describe('loadLexicon on the bundled data', () => {
  it('loads the desk lexicon without problems', async () => {
    const { lexicon, problems } = await loadLexicon(DATA_DIR);
    expect(problems).toEqual([]);
    expect(lexicon?.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['kcna', 'nis', 'pentagon', 'us-state-department', 'yonhap', 'kbs', 'kyiv-independent']),
    );
    expect(lexicon?.topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['troops', 'casualties', 'ammunition', 'missiles', 'pay', 'prisoners', 'area']),
    );
  });
});

describe('loadLexicon reports what a desk editor must fix', () => {
  it('names the file and the field path of a schema violation', async () => {
    const sources = JSON.stringify({ sources: [source('kcna', ['KCNA']), source('afp', ['AFP', ''])] });
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics: validTopics }));
    expect(lexicon).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('lexicon/sources.json');
    expect(problems[0]?.reason).toMatch(/^sources\.1\.aliases\.1: Too small/);
  });

  it('reads German display labels, and names a label that is empty or for a language it does not know', async () => {
    const labelled = JSON.stringify({ sources: [{ ...source('kremlin', ['Kreml']), labels: { de: 'Kreml' } }] });
    const good = await loadLexicon(await dataDirWith({ sources: labelled, topics: validTopics }));
    expect(good.problems).toEqual([]);
    expect(good.lexicon?.sources[0]?.labels).toEqual({ de: 'Kreml' });
    const topics = (labels: unknown) =>
      JSON.stringify({ topics: [{ id: 'troops', label: 'Troops', labels, names: ['troops'], terms: ['soldat'] }] });
    const sources = JSON.stringify({ sources: [source('kcna', ['KCNA'])] });
    for (const [labels, field] of [
      [{ de: ' ' }, 'topics.0.labels.de'],
      [{ fr: 'Troupes' }, 'topics.0.labels'],
    ] as const) {
      const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics: topics(labels) }));
      expect(lexicon).toBeNull();
      expect(problems.map((p) => p.reason).join('\n')).toContain(field);
    }
  });

  it('names the line of broken JSON', async () => {
    const sources = '{\n  "sources": [\n    { "id": "kcna", }\n  ]\n}';
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics: validTopics }));
    expect(lexicon).toBeNull();
    expect(problems[0]?.file).toBe('lexicon/sources.json');
    expect(problems[0]?.reason).toMatch(/line 3/);
  });

  it('reports a missing file instead of throwing', async () => {
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ topics: validTopics }));
    expect(lexicon).toBeNull();
    expect(problems).toEqual([{ file: 'lexicon/sources.json', reason: 'file is missing' }]);
  });

  it('rejects duplicate ids', async () => {
    const sources = JSON.stringify({ sources: [source('kcna', ['KCNA']), source('kcna', ['Korean Central'])] });
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics: validTopics }));
    expect(lexicon).toBeNull();
    expect(problems.map((p) => p.reason)).toContain('duplicate id "kcna"');
  });

  it('rejects an alias claimed by two sources, even in another case form', async () => {
    const sources = JSON.stringify({
      sources: [source('nis', ['südkoreanischer Geheimdienst']), source('jcs', ['Südkoreanischen Geheimdienstes'])],
    });
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics: validTopics }));
    expect(lexicon).toBeNull();
    expect(problems).toEqual([
      {
        file: 'lexicon/sources.json',
        reason: 'alias "Südkoreanischen Geheimdienstes" of "jcs" is already claimed by "nis"',
      },
    ]);
  });

  it('rejects duplicate topic ids', async () => {
    const sources = JSON.stringify({ sources: [source('kcna', ['KCNA'])] });
    const topics = JSON.stringify({
      topics: [
        { id: 'troops', label: 'Troops', names: ['troops'], terms: ['soldat'] },
        { id: 'troops', label: 'Soldiers', names: ['soldiers'], terms: ['truppe'] },
      ],
    });
    const { lexicon, problems } = await loadLexicon(await dataDirWith({ sources, topics }));
    expect(lexicon).toBeNull();
    expect(problems).toEqual([{ file: 'lexicon/topics.json', reason: 'duplicate id "troops"' }]);
  });
});
