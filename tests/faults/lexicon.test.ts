import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openBotCorpus } from '../../src/app/open-bot-corpus';
import type { Engine } from '../../src/engine/engine';
import { EngineHolder } from '../../src/engine/holder';
import { createLogger } from '../../src/logging/logger';
import { reloadAndAudit, reloadServiceFromEnv } from '../../src/reload/audited-reload';
import { reloadEngine } from '../../src/reload/reload-engine';
import { formatReloadReport } from '../../src/reload/reload-report';
import { copyOfData, freshStateDir } from '../desk-bot';
import { loadEngine } from '../support/engine';
import { captureLogs } from '../support/log-capture';

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

describe('source aliases that would credit the wrong sentences', () => {
  type Sources = Array<{ id: string; aliases: string[] }>;
  async function editSources(edit: (sources: Sources) => void): Promise<void> {
    const file = JSON.parse(await readFile(lexiconPath('sources.json'), 'utf8')) as { sources: Sources };
    edit(file.sources);
    await writeFile(lexiconPath('sources.json'), JSON.stringify(file, null, 2));
  }
  const aliasesOf = (sources: Sources, id: string) => {
    const entry = sources.find((s) => s.id === id);
    if (!entry) throw new Error(`no source ${id} in the bundled lexicon`);
    return entry.aliases;
  };

  it.each([
    [
      'a stop word',
      'die',
      "is a common word (a German stop word): it would credit the source with other people's sentences",
    ],
    ['a stop word in another case', 'Der', 'is a common word (a German stop word)'],
    ['one letter', 'K', 'is too short (fewer than 2 letters or digits) to name a source'],
  ])('%s is refused, naming the file, the source and the alias', async (_kind, alias, reason) => {
    const engine = holder.current;
    await editSources((sources) => aliasesOf(sources, 'kcna').push(alias));
    const reply = await reloadReply();
    expect(reply).toMatch(/^Reload refused \(1 invalid file\)/);
    expect(reply).toContain(`• lexicon/sources.json: source "kcna": alias "${alias}" ${reason}`);
    expect(holder.current).toBe(engine);
  });

  it('an alias shared by two sources is refused, naming both', async () => {
    await editSources((sources) => aliasesOf(sources, 'yonhap').push('KCNA'));
    const reply = await reloadReply();
    expect(reply).toContain('• lexicon/sources.json: alias "KCNA" of "yonhap" is already claimed by "kcna"');
  });

  it('names that only contain a stop word, and two-letter abbreviations, are still accepted', async () => {
    await editSources((sources) => aliasesOf(sources, 'kcna').push('Die Stimme Koreas', 'KZ'));
    expect(await reloadReply()).toMatch(/^Reloaded in /);
  });
});

describe('a bad lexicon file at a restart', () => {
  let stateDir: string;
  let logs: ReturnType<typeof captureLogs>;

  beforeEach(async () => {
    stateDir = await freshStateDir();
    logs = captureLogs();
  });

  /** The bot's start-up, up to the corpus it would serve (null: it does not start). */
  const start = (): Promise<Engine | null> =>
    openBotCorpus(
      { DATA_DIR: dataDir, STATE_DIR: stateDir },
      createLogger({ level: 'debug', destination: logs.stream }),
    );
  const kcna = (engine: Engine | null) => engine?.answer({ name: 'source', query: 'kcna' });

  it.each<[string, (text: string) => string, string]>([
    ['a duplicate id in sources.json', (text) => text.replace('"id": "nis"', '"id": "kcna"'), 'lexicon/sources.json'],
    ['an empty sources.json', () => '', 'lexicon/sources.json'],
    ['a topics.json that is not JSON', () => 'troops: Soldaten, Truppen', 'lexicon/topics.json'],
  ])('with %s, starts with the last good lexicon and says so at error level', async (_kind, breakFile, file) => {
    const first = await start();
    expect(first).not.toBeNull();
    const path = lexiconPath(file.slice('lexicon/'.length));
    await writeFile(path, breakFile(await readFile(path, 'utf8')));

    logs = captureLogs();
    const restarted = await start();
    expect(restarted).not.toBeNull();
    expect(kcna(restarted)).toEqual(kcna(first));
    const loud = logs.lines().find((l) => l.level === 50);
    expect(loud?.msg).toMatch(
      /^the lexicon files cannot be used: started with the last good lexicon, saved \d{4}-\d\d-\d\dT/,
    );
    expect(loud?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ file })]));
  });

  it('a first start with a bad lexicon and no last good one refuses, saying why', async () => {
    await writeFile(lexiconPath('sources.json'), '');
    expect(await start()).toBeNull();
    const fatal = logs.lines().find((l) => l.level === 60);
    expect(fatal).toMatchObject({
      msg: 'no usable corpus; not starting',
      reason: expect.stringMatching(/first start/),
    });
    expect(logs.lines().find((l) => l.file === 'lexicon/sources.json')?.reason).toMatch(/^invalid JSON/);
  });

  it('a lexicon a reload put in service is the one a later restart falls back to', async () => {
    const engine = await start();
    if (!engine) throw new Error('the bundled data must start');
    const sources = await readFile(lexiconPath('sources.json'), 'utf8');
    await writeFile(
      lexiconPath('sources.json'),
      sources.replace('"Korean Central News Agency"', '"Korean Central News Agency", "Zentralagentur"'),
    );
    const env = {
      DATA_DIR: dataDir,
      STATE_DIR: stateDir,
      RELOAD_POLICY: 'keep-old' as const,
      AUDIT_CHANNEL_ID: undefined,
    };
    const log = createLogger({ level: 'silent' });
    expect((await reloadAndAudit(reloadServiceFromEnv(env, new EngineHolder(engine), log), 'test')).outcome).toBe(
      'reloaded',
    );

    await writeFile(lexiconPath('sources.json'), '{');
    const restarted = await start();
    const answer = restarted?.answer({ name: 'source', query: 'Zentralagentur' });
    expect(answer?.ok && answer.answer.matched).toEqual(['KCNA']);
  });
});
