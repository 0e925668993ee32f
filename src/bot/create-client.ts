import { Client, GatewayIntentBits } from 'discord.js';
import type { Env } from '../config/env';

/**
 * The discord.js client: Guilds is the only intent (slash commands need no message content or member lists), and
 * mentions are switched off client-wide so no reply can ping, whatever text it echoes. DISCORD_API_URL points REST
 * elsewhere (tests use a fake Discord); the gateway address then comes from that API's GET /gateway/bot.
 */
export function createClient(env: Pick<Env, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(env.DISCORD_API_URL ? { rest: { api: env.DISCORD_API_URL } } : {}),
  });
}
