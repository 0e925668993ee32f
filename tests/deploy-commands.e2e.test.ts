import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands';
import { registerCommands } from '../src/bot/register-commands';
import { route, startFakeDiscord, type FakeDiscord } from './fake-discord';
import { TEST_TOKEN } from './support/bot-harness';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

function runDeploy(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/deploy-commands.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += String(c)));
    child.stderr.on('data', (c: Buffer) => (output += String(c)));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('registering slash commands', () => {
  it('registers to one guild when a guild id is given', async () => {
    const result = await registerCommands(
      { token: TEST_TOKEN, applicationId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.restUrl },
      commands,
    );
    expect(result.scope).toBe('guild');
    expect(result.names).toEqual(commands.map((c) => c.data.name));
    expect(result.names).toEqual(expect.arrayContaining(['figure', 'source', 'search', 'article', 'help']));
    const put = await fake.waitForRequest(
      route('PUT', `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`),
    );
    expect(put.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    const byName = new Map((put.body as Array<Record<string, any>>).map((c) => [c.name, c]));
    for (const [name, autocomplete] of [
      ['figure', true],
      ['source', true],
      ['search', false],
      ['article', true],
    ] as const) {
      const option = byName.get(name)?.options?.[0];
      expect(option).toMatchObject({ type: 3, required: true, max_length: 200, autocomplete });
      expect(byName.get(name)?.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('carries German descriptions for every command, subcommand and option, and keeps the names', async () => {
    await registerCommands(
      { token: TEST_TOKEN, applicationId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.restUrl },
      commands,
    );
    const put = await fake.waitForRequest(
      route('PUT', `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`),
    );
    const body = put.body as Array<Record<string, any>>;
    expect(body.map((c) => c.name)).toEqual([
      'figure',
      'source',
      'search',
      'article',
      'help',
      'digest',
      'reload',
      'ingest',
      'Add to archive',
    ]);
    // A message menu command has no description; Discord shows its name, translated for a German client.
    const menu = body.find((c) => c.type === 3);
    expect(menu?.name_localizations).toEqual({ de: 'Zum Archiv hinzufügen' });
    const described: Array<Record<string, any>> = [];
    const walk = (item: Record<string, any>) => {
      described.push(item);
      for (const option of item.options ?? []) walk(option);
    };
    body.filter((c) => c.type !== 3).forEach(walk);
    expect(described.length).toBeGreaterThan(body.length);
    for (const item of described) {
      const german: string = item.description_localizations?.de ?? '';
      expect(german.length, `${item.name} has a German description`).toBeGreaterThan(0);
      expect(german.length).toBeLessThanOrEqual(100);
      expect(german).not.toBe(item.description);
      expect(item.name_localizations ?? null).toBeNull();
      for (const choice of item.choices ?? []) expect(choice.name_localizations?.de).toBeTruthy();
    }
    expect(body.find((c) => c.name === 'figure')?.description_localizations.de).toBe(
      'Jede Zahl, die der Korpus zu einem Thema nennt, wer sie nannte und wo sie steht.',
    );
  });

  it('registers globally without a guild id', async () => {
    const result = await registerCommands(
      { token: TEST_TOKEN, applicationId: fake.applicationId, apiUrl: fake.restUrl },
      commands,
    );
    expect(result.scope).toBe('global');
    await fake.waitForRequest(route('PUT', `/applications/${fake.applicationId}/commands`));
  });

  // One child process only: starting tsx with the whole command tree takes seconds on a loaded 2-core runner.
  it('npm run deploy-commands registers to the guild from env', async () => {
    const before = fake.requests.length;
    const ok = await runDeploy({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.restUrl,
      LOG_LEVEL: 'info',
    });
    expect(ok.code).toBe(0);
    expect(ok.output).toContain('slash commands registered');
    expect(ok.output).not.toContain(TEST_TOKEN);
    const puts = fake.requests
      .slice(before)
      .filter(route('PUT', `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`));
    expect(puts).toHaveLength(1);
  }, 60_000);
});
