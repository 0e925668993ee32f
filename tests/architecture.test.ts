import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers of src/, lowest first (the README's Architecture section draws them). A module may import from its
 * own folder and from lower layers only: never up, and never sideways into another folder of the same layer.
 * commands/ (the slash-command adapters) sits between the bot and the process that wires everything up.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'steps', 'locale'],
  ['config'],
  ['logging', 'state'],
  ['corpus'],
  ['lexicon'],
  ['analysis', 'search'],
  ['engine'],
  ['i18n'],
  ['build', 'render', 'discord'],
  ['cli'],
  ['reload'],
  ['digest', 'console', 'ingest'],
  ['bot'],
  ['commands'],
  ['ops'],
  ['app'],
  ['main.ts'],
];

const ROOT = resolve(import.meta.dirname, '..');
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((folder): [string, number] => [folder, i])));

/** The folder of src/ (or commands/) a path is in. */
function area(path: string): string {
  const rel = relative(ROOT, path).split(/[\\/]/);
  return rel[0] === 'src' ? (rel[1] ?? '') : (rel[0] ?? '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name) ? [path] : [];
  });
}

function crossings(): string[] {
  const wrong: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))]) {
    const from = area(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = area(resolve(dirname(file), match[1]!));
      if (to === from) continue;
      const a = rank.get(from);
      const b = rank.get(to);
      if (a === undefined || b === undefined || b >= a) wrong.push(`${relative(ROOT, file)} → ${match[1]}`);
    }
  }
  return wrong;
}

describe('the layers of the code', () => {
  it('has every folder of src/ in a layer', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).map((e) => e.name);
    expect(folders.filter((name) => !rank.has(name))).toEqual([]);
  });

  it('imports only downwards: no module reaches up or sideways into another folder', () => {
    expect(crossings()).toEqual([]);
  });
});
