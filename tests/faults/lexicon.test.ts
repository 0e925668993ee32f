import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EngineHolder } from '../../src/engine/holder';
import { reloadEngine } from '../../src/reload/reload-engine';
import { formatReloadReport } from '../../src/reload/reload-report';
import { copyOfData } from '../desk-bot';
import { loadEngine } from '../support/engine';

// What a desk editor's mistakes in the lexicon files do: each is named with the file, the line or the entry.

let dataDir: string;
let holder: EngineHolder;

beforeEach(async () => {
  dataDir = await copyOfData();
  holder = new EngineHolder(await loadEngine(dataDir));
});

const lexiconPath = (name: string) => join(dataDir, 'lexicon', name);

async function reloadReply(): Promise<string> {
  return formatReloadReport(await reloadEngine(holder, dataDir, 'keep-old', { actor: 'test' }));
}

describe('a JSON syntax error in a lexicon file', () => {
  it.each([
    // V8 gives no position for either: "Unexpected end of JSON input", "Unexpected token … is not valid JSON".
    ['cut off after its eighth line', (text: string) => text.split('\n').slice(0, 8).join('\n'), 8],
    ['with a misspelt literal on line 2', () => '{\n  "topics": tru\n}\n', 2],
  ])('topics.json %s is reported with its line', async (_kind, edit, line) => {
    await writeFile(lexiconPath('topics.json'), edit(await readFile(lexiconPath('topics.json'), 'utf8')));
    const reply = await reloadReply();
    expect(reply).toMatch(/^Reload refused \(1 invalid file\)/);
    expect(reply).toMatch(new RegExp(`• lexicon/topics\\.json: invalid JSON at line ${line}: \\S`));
  });
});
