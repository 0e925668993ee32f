import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngineFromDir } from '../build/engine-from-dir';
import { EngineHolder } from '../engine/holder';
import { reloadAndAudit, reloadServiceFromEnv } from './audited-reload';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the reload audit post', () => {
  it.each([
    [
      'de',
      /^Neu geladen von Moderatorin \(1\):\nNeu geladen in \d+,\d+ s: \d+ Artikel im Betrieb\.\nNichts hat sich geändert\./,
    ],
    ['en', /^Reload by Moderatorin \(1\):\nReloaded in \d+\.\d+ s: \d+ articles in service\.\nNothing changed\./],
  ] as const)('is written in the desk language (DESK_LOCALE=%s)', async (locale, expected) => {
    const { engine } = await createEngineFromDir('data');
    if (!engine) throw new Error('the bundled corpus builds');
    const posts: string[] = [];
    const service = reloadServiceFromEnv(
      {
        DATA_DIR: 'data',
        STATE_DIR: await mkdtemp(join(tmpdir(), 'factdesk-audit-')),
        RELOAD_POLICY: 'keep-old',
        AUDIT_CHANNEL_ID: undefined,
        DESK_LOCALE: locale,
      },
      new EngineHolder(engine),
      silent,
    );
    await reloadAndAudit({ ...service, audit: async (text) => void posts.push(text) }, 'Moderatorin (1)');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatch(expected);
  });
});
