import type { Client } from 'discord.js';
import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import type { DigestLog } from './digest-run';
import { countedPoster, type DigestPostResult } from './counted-poster';
import { discordPoster } from './discord-poster';
import { type DigestScheduler, startDigestScheduler } from './scheduler';

/**
 * The bot's one call to start digests, after the client is ready. Null when DIGEST_CHANNEL_IDS is unset (no
 * digest), or when this is not shard 0: with several shards in one deployment only one may post.
 */
export async function startDigestFromEnv(
  env: Env,
  holder: EngineHolder,
  client: Client,
  log: DigestLog,
  digestPosted?: (result: DigestPostResult) => void,
): Promise<DigestScheduler | null> {
  const channelIds = env.DIGEST_CHANNEL_IDS ?? [];
  if (channelIds.length === 0) return null;
  if (client.shard && !client.shard.ids.includes(0)) return null;
  return startDigestScheduler({
    cron: env.DIGEST_CRON,
    timezone: env.DIGEST_TIMEZONE,
    locale: env.DESK_LOCALE,
    catchUp: env.DIGEST_CATCH_UP ?? true,
    channelIds,
    stateDir: env.STATE_DIR,
    engine: () => holder.current,
    poster: countedPoster(discordPoster(client.rest), digestPosted),
    log,
  });
}
