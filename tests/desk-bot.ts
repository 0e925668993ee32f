import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningBot } from '../src/bot/start-bot';
import { startDesk } from '../src/app/start-desk';
import { parseEnv, type Env } from '../src/config/env';
import type { DigestScheduler } from '../src/digest/scheduler';
import { createEngineFromDir } from '../src/build/engine-from-dir';
import { EngineHolder } from '../src/engine/holder';
import { createLogger } from '../src/logging/logger';
import { commandInteraction } from './fake-discord/payloads';
import { snowflake } from './fake-discord/snowflake';
import { route, type FakeDiscord, type RecordedRequest, type SentInteraction } from './fake-discord';
import { captureLogs } from './support/log-capture';
import { TEST_TOKEN } from './support/bot-harness';

/**
 * The real bot (real discord.js client, real engine on a data folder), started as the bot process starts it
 * (src/app/start-desk.ts): with the digest schedule and feed polling its settings ask for. Several can be started
 * one after another against the same fake Discord and STATE_DIR, which is how the tests restart the bot.
 */
export interface DeskBot {
  bot: RunningBot;
  holder: EngineHolder;
  env: Env;
  logs: ReturnType<typeof captureLogs>;
  scheduler: DigestScheduler | null;
  stop(): Promise<void>;
}

export async function startDeskBot(fake: FakeDiscord, settings: Record<string, string>): Promise<DeskBot> {
  const env = parseEnv({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.restUrl,
    LOG_LEVEL: 'debug',
    DIGEST_TIMEZONE: 'UTC',
    // Digests and audit posts in English unless a test asks for the desk's German (DESK_LOCALE: 'de').
    DESK_LOCALE: 'en',
    ...settings,
  });
  const { engine, problems } = await createEngineFromDir(env.DATA_DIR);
  if (!engine) throw new Error(`test data folder ${env.DATA_DIR} is unusable: ${JSON.stringify(problems)}`);
  const logs = captureLogs();
  const logger = createLogger({ level: 'debug', destination: logs.stream });
  const holder = new EngineHolder(engine);
  // The bot process's own start-up, without the SIGHUP and socket reload triggers (one worker runs many bots).
  const desk = await startDesk(env, holder, logger, { drainTimeoutMs: 2000, reloadTriggers: false });
  return { bot: desk.bot, holder, env, logs, scheduler: desk.digest, stop: () => desk.stop() };
}

/** A private copy of the bundled data folder, which tests may add files to. */
export async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-data-'));
  await cp('data', dir, { recursive: true });
  return dir;
}

export const freshStateDir = () => mkdtemp(join(tmpdir(), 'factdesk-state-'));

export const MANAGE_GUILD = 1n << 5n;
const DEFAULT_PERMISSIONS = 1071698660929n;

/** A slash command from the fake's user, optionally a subcommand, with the member's permissions and roles. */
export function sendCommand(
  fake: FakeDiscord,
  name: string,
  options: {
    subcommand?: string;
    strings?: Array<{ name: string; value: string }>;
    /** Whether the member has Manage Server. */
    moderator?: boolean;
    /** Role ids the member holds (none unless given). */
    roles?: readonly string[];
    /** The member's Discord language; en-US unless given. */
    locale?: string;
  } = {},
): SentInteraction {
  const payload = commandInteraction(fake, name, options.strings ?? []);
  const data: Record<string, unknown> = payload.data;
  if (options.subcommand) data.options = [{ type: 1, name: options.subcommand, options: data.options }];
  const permissions = options.moderator ? DEFAULT_PERMISSIONS | MANAGE_GUILD : DEFAULT_PERMISSIONS & ~MANAGE_GUILD;
  return fake.sendInteraction({
    ...payload,
    ...(options.locale !== undefined && { locale: options.locale }),
    member: { ...payload.member, roles: [...(options.roles ?? [])], permissions: permissions.toString() },
  });
}

/**
 * A message context-menu command ("Add to archive") on a message by another member, as Discord sends it: the
 * message itself comes in `resolved.messages`.
 */
export function sendMessageCommand(
  fake: FakeDiscord,
  name: string,
  target: { content: string; embeds?: Array<{ url?: string }> },
  options: { moderator?: boolean; locale?: string } = {},
): SentInteraction {
  const payload = commandInteraction(fake, name, []);
  const targetId = snowflake();
  const author = {
    id: snowflake(),
    username: 'reporterin',
    discriminator: '0',
    global_name: 'Reporterin',
    avatar: null,
  };
  const message = {
    id: targetId,
    channel_id: fake.channelId,
    guild_id: fake.guildId,
    author,
    content: target.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: target.embeds ?? [],
    components: [],
    pinned: false,
    type: 0,
  };
  const data = {
    id: payload.data.id,
    name,
    type: 3,
    guild_id: fake.guildId,
    target_id: targetId,
    resolved: { messages: { [targetId]: message } },
  };
  const permissions = options.moderator ? DEFAULT_PERMISSIONS | MANAGE_GUILD : DEFAULT_PERMISSIONS & ~MANAGE_GUILD;
  return fake.sendInteraction({
    ...payload,
    data,
    ...(options.locale !== undefined && { locale: options.locale }),
    member: { ...payload.member, roles: [], permissions: permissions.toString() },
  });
}

/** Messages the bot posted to a channel (not interaction replies), successful or not. */
export function channelPosts(fake: FakeDiscord, channelId = fake.channelId): RecordedRequest[] {
  return fake.requests.filter(route('POST', `/channels/${channelId}/messages`));
}
