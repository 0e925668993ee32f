import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../../src/build/engine-from-dir';
import { EngineHolder } from '../../src/engine/holder';
import { reloadEngine } from '../../src/reload/reload-engine';
import { formatReloadReport, type ReloadPolicy } from '../../src/reload/reload-report';
import { copyOfData } from '../desk-bot';
import { loadEngine } from '../support/engine';

// What a desk editor's mistakes in the data folder do: every one is named, and none takes articles away unnoticed.

const ARTICLE_004 = '004_83012bf74d01115b';
const BUNDLED_IDS = [
  '000_9a2567d393b2c456',
  '001_f0ae384efe2a001d',
  '002_6e943628f41e7ae9',
  '003_23444a682065e37b',
  ARTICLE_004,
];

let dataDir: string;
let holder: EngineHolder;

beforeEach(async () => {
  dataDir = await copyOfData();
  holder = new EngineHolder(await loadEngine(dataDir));
});

const articlePath = (name: string) => join(dataDir, 'articles', name);

/** The reply a moderator's /reload gets. */
async function reloadReply(policy: ReloadPolicy): Promise<string> {
  return formatReloadReport(await reloadEngine(holder, dataDir, policy, { actor: 'test' }));
}

describe('something in articles/ that is not what its name says', () => {
  it('a folder named like an article is named at start-up, and a keep-old reload refuses naming it', async () => {
    await rm(articlePath(`${ARTICLE_004}.txt`));
    await mkdir(articlePath(`${ARTICLE_004}.txt`));

    const startUp = await createEngineFromDir(dataDir);
    expect(startUp.problems).toContainEqual({ file: `articles/${ARTICLE_004}.txt`, reason: 'is a folder, not a file' });

    const reply = await reloadReply('keep-old');
    expect(reply).toMatch(/^Reload refused \(1 invalid file\); the corpus in service is unchanged: 5 articles\./);
    expect(reply).toContain(`• articles/${ARTICLE_004}.txt: is a folder, not a file`);
    expect(holder.current.articles.has(ARTICLE_004)).toBe(true);
  });

  it('a pipe named like an article is named instead of hanging the reload', async () => {
    execFileSync('mkfifo', [articlePath('010_pipe.txt')]);
    const reply = await reloadReply('keep-old');
    expect(reply).toContain(
      '• articles/010_pipe.txt: is not a regular file (a device, pipe or socket); only files are read',
    );
  });

  it('a lexicon file that is a pipe or a folder is named, and the reload finishes', async () => {
    await rm(join(dataDir, 'lexicon', 'topics.json'));
    execFileSync('mkfifo', [join(dataDir, 'lexicon', 'topics.json')]);
    await rm(join(dataDir, 'lexicon', 'sources.json'));
    await mkdir(join(dataDir, 'lexicon', 'sources.json'));
    const reply = await reloadReply('skip-invalid');
    expect(reply).toMatch(/^Reload refused \(2 invalid files\); the corpus in service is unchanged: 5 articles\./);
    expect(reply).toContain('• lexicon/sources.json: is a folder, not a file');
    expect(reply).toContain(
      '• lexicon/topics.json: is not a regular file (a device, pipe or socket); only files are read',
    );
  });

  it('under skip-invalid the folder is listed as skipped, beside the article it removes', async () => {
    await rm(articlePath(`${ARTICLE_004}.txt`));
    await mkdir(articlePath(`${ARTICLE_004}.txt`));
    const reply = await reloadReply('skip-invalid');
    expect(reply).toMatch(/^Reloaded in [\d.]+ s: 4 articles in service\./);
    expect(reply).toContain('Skipped 1 invalid file:');
    expect(reply).toContain(`• articles/${ARTICLE_004}.txt: is a folder, not a file`);
  });
});

describe('a reload that would empty the desk is refused under every policy', () => {
  it.each<[string, () => Promise<void>]>([
    ['missing', () => rm(join(dataDir, 'articles'), { recursive: true })],
    [
      'a file',
      async () => {
        await rm(join(dataDir, 'articles'), { recursive: true });
        await writeFile(join(dataDir, 'articles'), 'not a folder');
      },
    ],
  ])('articles/ %s: both policies keep all five articles and say why', async (_kind, breakFolder) => {
    const engine = holder.current;
    await breakFolder();
    for (const policy of ['skip-invalid', 'keep-old'] as const) {
      const reply = await reloadReply(policy);
      expect(reply).toMatch(
        /^Reload refused under every policy: it would remove all 5 articles in service, because articles\/ cannot be read; the corpus in service is unchanged: 5 articles\./,
      );
      expect(reply).toMatch(/• articles\/: /);
      expect(reply).not.toContain('RELOAD_POLICY=skip-invalid');
    }
    expect(holder.current).toBe(engine);
  });

  it('more than a few articles lost to unusable files are refused under skip-invalid; a few are skipped', async () => {
    const engine = holder.current;
    for (const id of BUNDLED_IDS.slice(0, 4)) await writeFile(articlePath(`${id}.txt`), '');
    const refused = await reloadReply('skip-invalid');
    expect(refused).toMatch(
      /^Reload refused under every policy: it would remove 4 articles in service whose files cannot be used \(more than 3\); the corpus in service is unchanged: 5 articles\./,
    );
    expect(refused).toContain(`• articles/${BUNDLED_IDS[0]}.txt: empty file`);
    expect(holder.current).toBe(engine);

    await rm(articlePath(`${BUNDLED_IDS[3]}.txt`));
    const skipped = await reloadReply('skip-invalid');
    expect(skipped).toMatch(/^Reloaded in [\d.]+ s: 1 article in service\./);
    expect(skipped).toContain('Skipped 3 invalid files:');
  });
});

describe('links: only files inside DATA_DIR are read', () => {
  const NEW_ARTICLE = `Neue Meldung aus Seoul

Der südkoreanische Geheimdienst schätzt, dass rund 2.000 Soldaten verwundet wurden.
`;

  it('a link to a file outside DATA_DIR is named with its target and never served', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'factdesk-outside-'));
    await writeFile(join(outside, 'elsewhere.txt'), NEW_ARTICLE);
    await symlink(join(outside, 'elsewhere.txt'), articlePath('010_outside.txt'));
    await symlink('/etc/passwd', articlePath('011_passwd.txt'));

    const startUp = await createEngineFromDir(dataDir);
    expect(startUp.engine?.articles.has('010_outside')).toBe(false);
    expect(startUp.problems).toContainEqual({
      file: 'articles/010_outside.txt',
      reason: `is a link to ${join(outside, 'elsewhere.txt')}, outside DATA_DIR; only files inside the data folder are read`,
    });

    const reply = await reloadReply('skip-invalid');
    expect(reply).toContain('• articles/010_outside.txt: is a link to ');
    expect(reply).toContain('• articles/011_passwd.txt: is a link to /etc/passwd, outside DATA_DIR');
    expect(reply).toContain('Nothing changed.');
    expect(holder.current.articles.has('010_outside')).toBe(false);
  });

  it('a link that stays inside DATA_DIR is read like the file it leads to', async () => {
    await mkdir(join(dataDir, 'drafts'));
    await writeFile(join(dataDir, 'drafts', 'neu.txt'), NEW_ARTICLE);
    await symlink('../drafts/neu.txt', articlePath('010_linked.txt'));
    const reply = await reloadReply('keep-old');
    expect(reply).toContain('+ 010_linked — Neue Meldung aus Seoul');
  });

  it('an articles/ folder that is a link out of DATA_DIR is refused as a whole', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'factdesk-outside-'));
    await cp(join(dataDir, 'articles'), outside, { recursive: true });
    await rm(join(dataDir, 'articles'), { recursive: true });
    await symlink(outside, join(dataDir, 'articles'));
    const reply = await reloadReply('skip-invalid');
    expect(reply).toMatch(
      /^Reload refused under every policy: it would remove all 5 articles in service, because articles\/ cannot be read/,
    );
    expect(reply).toContain(`• articles/: is a link to ${outside}, outside DATA_DIR`);
  });

  it('a lexicon file that is a link out of DATA_DIR is named, and the corpus in service stays', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'factdesk-outside-'));
    await rename(join(dataDir, 'lexicon', 'topics.json'), join(outside, 'topics.json'));
    await symlink(join(outside, 'topics.json'), join(dataDir, 'lexicon', 'topics.json'));
    const engine = holder.current;
    const reply = await reloadReply('skip-invalid');
    expect(reply).toContain(`• lexicon/topics.json: is a link to ${join(outside, 'topics.json')}, outside DATA_DIR`);
    expect(holder.current).toBe(engine);
  });

  it('a dangling link is called a link to nothing, not "disappeared while loading"', async () => {
    await symlink('gone.txt', articlePath('010_dangling.txt'));
    const reply = await reloadReply('keep-old');
    expect(reply).toContain('• articles/010_dangling.txt: is a link to gone.txt, which does not exist');
    expect(reply).not.toContain('disappeared');
  });
});

describe('a huge article file', () => {
  it('is named with its size and the cap, without being read, and the rest loads', async () => {
    const huge = articlePath('010_huge.txt');
    await writeFile(huge, 'Eine sehr lange Überschrift\n\nNordkorea schickte 1.000 Soldaten.\n');
    await truncate(huge, 50 * 1024 * 1024);

    const startUp = await createEngineFromDir(dataDir);
    expect(startUp.engine?.articles.size).toBe(5);
    const reason = 'is 50.0 MB; a file may be at most 1.0 MB (split it, or cut what is not reporting)';
    expect(startUp.problems).toEqual([{ file: 'articles/010_huge.txt', reason }]);

    const started = performance.now();
    const reply = await reloadReply('skip-invalid');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(reply).toContain(`• articles/010_huge.txt: ${reason}`);
  });
});

describe('text in another encoding', () => {
  it.each([
    ['little-endian', 'utf16le'],
    ['big-endian', 'utf16be'],
  ])('UTF-16 %s without a byte order mark is called UTF-16, not binary', async (_order, encoding) => {
    const text = 'Neue Meldung aus Seoul\n\nDer südkoreanische Geheimdienst schätzt 2.000 verwundete Soldaten.\n';
    const le = Buffer.from(text, 'utf16le');
    await writeFile(articlePath('010_utf16.txt'), encoding === 'utf16le' ? le : le.swap16());
    const pngHeader = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    await writeFile(articlePath('011_binary.txt'), pngHeader);
    const reply = await reloadReply('keep-old');
    expect(reply).toContain('• articles/010_utf16.txt: UTF-16 text; save the file as UTF-8');
    expect(reply).toContain('• articles/011_binary.txt: binary file (NUL byte at line 3)');
  });
});
