import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  interactionCallback,
  route,
  snowflake,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
  type SentInteraction,
} from './fake-discord';
import { copyOfData, type DeskBot, freshStateDir, sendCommand, startDeskBot } from './desk-bot';

// With MODERATOR_ROLE_IDS set, the roles decide who may /reload, not Manage Server (tests/reload.e2e.test.ts covers
// the Manage Server path, where no roles are configured). The fake guild has a Moderator and a Reporter role; the
// setting lists a second moderator role too, so the member's role is found in a list, not compared with one id.
const OTHER_MODERATOR_ROLE = snowflake();

let fake: FakeDiscord;
let desk: DeskBot;

// An article added to the data folder after start-up, so whether a /reload ran shows in what is in service.
const NEW_ID = '900_e2e0000000000002';
const NEW_TITLE = 'Rollen-Test: Neue Angaben zu Truppen in Kursk';

beforeAll(async () => {
  fake = await startFakeDiscord();
  const dataDir = await copyOfData();
  desk = await startDeskBot(fake, {
    DATA_DIR: dataDir,
    STATE_DIR: await freshStateDir(),
    MODERATOR_ROLE_IDS: `${OTHER_MODERATOR_ROLE},${fake.moderatorRoleId}`,
  });
  await writeFile(
    join(dataDir, 'articles', `${NEW_ID}.txt`),
    `${NEW_TITLE}\n\nKCNA meldete am Dienstag 7.300 Soldaten in der Region Kursk.\n`,
  );
  await writeFile(
    join(dataDir, 'articles', `${NEW_ID}.meta.json`),
    JSON.stringify({ outlet: 'Testblatt', published: '2026-11-21' }),
  );
});
afterAll(async () => {
  await desk?.stop();
  await fake?.close();
});

async function reply(interaction: SentInteraction): Promise<RecordedRequest> {
  return fake.waitForRequest(interactionCallback(interaction.id), 15_000);
}

describe('/reload with MODERATOR_ROLE_IDS set', () => {
  it('refuses a member with Manage Server but none of the roles, ephemerally and as it refuses anyone, and leaves the corpus alone', async () => {
    const engine = desk.holder.current;
    const anyone = (await reply(sendCommand(fake, 'reload', { moderator: false }))).body.data;

    const interaction = sendCommand(fake, 'reload', { moderator: true, roles: [fake.reporterRoleId] });
    const callback = await reply(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.content).toContain('Only moderators');
    expect(callback.body.data.content).toBe(anyone.content);
    await expect
      .poll(() =>
        desk.logs
          .lines()
          .find((l) => l.msg === 'reload refused: not a moderator' && l.interactionId === interaction.id),
      )
      .toMatchObject({ userId: fake.userId });
    expect(desk.holder.current).toBe(engine);
    expect(desk.holder.current.articles.size).toBe(5);
  });

  it('reloads for a member holding one of the roles without Manage Server: deferred, then the report edited in', async () => {
    const engine = desk.holder.current;
    const interaction = sendCommand(fake, 'reload', {
      moderator: false,
      roles: [fake.reporterRoleId, fake.moderatorRoleId],
    });
    const edit = route('PATCH', new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`));
    const reported = fake.waitForRequest(edit, 60_000);

    const deferred = await reply(interaction);
    expect(deferred.body.type).toBe(5);
    const report: string = (await reported).body.content;
    expect(report).toMatch(/^Reloaded in [\d.]+ s: 6 articles in service\./);
    expect(report).toContain('Articles: 1 added, 0 changed, 0 removed.');
    expect(report).toContain(`+ ${NEW_ID} — ${NEW_TITLE}`);
    expect(desk.holder.current).not.toBe(engine);
    expect(desk.holder.current.articles.size).toBe(engine.articles.size + 1);
  });
});
