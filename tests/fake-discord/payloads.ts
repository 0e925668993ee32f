import { snowflake } from './snowflake';

/**
 * The fixed cast of the fake world: one application/bot, one guild with one text channel, one human user, and two
 * roles besides @everyone that an interaction's member may hold (sendCommand's `roles`). The guild lists them in
 * GUILD_CREATE as Discord does; discord.js only knows a member's roles that its guild's role cache holds.
 */
export interface FakeWorld {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  userId: string;
  everyoneRoleId: string;
  moderatorRoleId: string;
  reporterRoleId: string;
}

export function createWorld(): FakeWorld {
  const guildId = snowflake();
  return {
    applicationId: snowflake(),
    botUserId: snowflake(),
    guildId,
    channelId: snowflake(),
    userId: snowflake(),
    everyoneRoleId: guildId,
    moderatorRoleId: snowflake(),
    reporterRoleId: snowflake(),
  };
}

export function botUser(world: FakeWorld) {
  return { id: world.botUserId, username: 'factdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
}

export function humanUser(world: FakeWorld) {
  return { id: world.userId, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null };
}

export function readyPayload(world: FakeWorld, sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: botUser(world),
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: world.applicationId, flags: 0 },
  };
}

export function guildCreatePayload(world: FakeWorld) {
  return {
    id: world.guildId,
    name: 'Newsroom',
    icon: null,
    owner_id: world.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'de',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    roles: [
      guildRole(world.everyoneRoleId, '@everyone', 0, '1071698660929'),
      // What a member may do comes with each interaction (member.permissions), so these roles add nothing here.
      guildRole(world.reporterRoleId, 'Reporter', 1, '0'),
      guildRole(world.moderatorRoleId, 'Moderator', 2, '0'),
    ],
    emojis: [],
    stickers: [],
    members: [],
    channels: [
      { id: world.channelId, type: 0, name: 'desk', position: 0, permission_overwrites: [], guild_id: world.guildId },
    ],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

function guildRole(id: string, name: string, position: number, permissions: string) {
  return { id, name, color: 0, hoist: false, position, permissions, managed: false, mentionable: false, flags: 0 };
}

/** The parts every INTERACTION_CREATE needs; without entitlements, owners and member.user discord.js drops it. */
function interactionBase(world: FakeWorld, type: number) {
  return {
    id: snowflake(),
    application_id: world.applicationId,
    type,
    token: `itoken-${snowflake()}`,
    version: 1,
    guild_id: world.guildId,
    channel_id: world.channelId,
    channel: { id: world.channelId, type: 0, guild_id: world.guildId, name: 'desk' },
    guild: { id: world.guildId, locale: 'de', features: [] },
    member: {
      user: humanUser(world),
      roles: [],
      permissions: '1071698660929',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
    },
    locale: 'en-US',
    guild_locale: 'de',
    app_permissions: '1071698660929',
    entitlements: [],
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

export interface StringOption {
  name: string;
  value: string;
  focused?: boolean;
}

/** A chat-input slash command (type 2) or its autocomplete request (type 4). */
export function commandInteraction(world: FakeWorld, name: string, options: StringOption[], autocomplete = false) {
  return {
    ...interactionBase(world, autocomplete ? 4 : 2),
    data: {
      id: snowflake(),
      name,
      type: 1,
      guild_id: world.guildId,
      options: options.map((o) => ({ type: 3, name: o.name, value: o.value, ...(o.focused ? { focused: true } : {}) })),
    },
  };
}

/** A button click (type 3) on a message the fake recorded. */
export function buttonInteraction(world: FakeWorld, message: Record<string, unknown>, customId: string) {
  return {
    ...interactionBase(world, 3),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A full message object as Discord returns it, built from what the bot sent. */
export function messageFrom(world: FakeWorld, id: string, body: Record<string, unknown>, interactionId?: string) {
  return {
    id,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: botUser(world),
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: interactionId ? 20 : 0,
    flags: 0,
    application_id: world.applicationId,
    ...(interactionId
      ? {
          interaction_metadata: {
            id: interactionId,
            type: 2,
            user: humanUser(world),
            authorizing_integration_owners: {},
          },
        }
      : {}),
    ...body,
  };
}
