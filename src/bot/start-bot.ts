import { Events, type Client } from 'discord.js';
import { once } from 'node:events';
import type { Env } from '../config/env';
import type { EngineHolder } from '../engine/holder';
import type { Logger } from '../logging/logger';
import type { AppCommand } from './bot-command';
import type { CommandContext } from './command-context';
import { createClient } from './create-client';
import { LogEvent } from '../logging/log-events';
import { type GatewayChange, watchGateway } from './gateway-watch';
import { createInflightTracker } from './inflight';
import { createInteractionRouter, type ButtonHandler, type InteractionRecord } from './interaction-router';
import { handlePageButton } from './paging/handle-page-button';
import { PAGE_ID_PREFIX } from './paging/page-custom-id';
import { handleExportButton } from './export/handle-export-button';
import { EXPORT_ID_PREFIX } from './export/export-custom-id';

export interface RunningBot {
  client: Client;
  /** Stops taking interactions, lets in-flight replies finish (bounded), then disconnects. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartBotOptions {
  /** The commands to serve: the bot's own are in commands/, which app/ passes in. */
  commands: readonly AppCommand[];
  buttons?: readonly ButtonHandler[];
  /** How long stop() waits for in-flight replies before disconnecting anyway. */
  drainTimeoutMs?: number;
  /** Extra context for command handlers (merged into the CommandContext). */
  context?: Partial<CommandContext>;
  /** Hears the gateway connection come up, drop and come back (for /readyz). */
  onGateway?: (change: GatewayChange) => void;
  /** Hears each interaction answered, as logged (for /metrics). */
  onInteraction?: (record: InteractionRecord) => void;
  /** How far the first build has got (0–1) while `holder` has no corpus yet: what "still loading (63 %)" says. */
  loadingRatio?: () => number;
}

/** client.destroy() can hang (notably before ready); shutdown must not hang with it. */
const DESTROY_TIMEOUT_MS = 3000;

async function destroyWithin(client: Client, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const destroyed = client.destroy().then(
    () => true as const,
    () => false as const,
  );
  const result = await Promise.race([destroyed, timeout]);
  clearTimeout(timer);
  return result;
}

const DEFAULT_BUTTONS: readonly ButtonHandler[] = [
  { prefix: PAGE_ID_PREFIX, handle: handlePageButton },
  { prefix: EXPORT_ID_PREFIX, handle: handleExportButton },
];

/**
 * Connects to Discord and answers interactions until stop(). Resolves once the client is ready. `holder` may still
 * be empty: until its first corpus arrives, interactions are told the archive is loading (see answerWhileLoading).
 */
export async function startBot(
  env: Env,
  holder: EngineHolder,
  logger: Logger,
  options: StartBotOptions,
): Promise<RunningBot> {
  const token = env.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set; the bot cannot connect.');
  const ctx: CommandContext = { holder, logger, env, ...options.context };
  const route = createInteractionRouter(
    options.commands,
    options.buttons ?? DEFAULT_BUTTONS,
    options.onInteraction,
    options.loadingRatio,
  );
  const inflight = createInflightTracker();
  const client = createClient(env);
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) {
      logger.info({ interactionId: interaction.id, outcome: 'refused-shutting-down' }, 'interaction');
      return;
    }
    inflight.track(route(interaction, ctx));
  });
  client.on(Events.Error, (err) => logger.error({ event: LogEvent.discordClientError, err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  // While Discord is unreachable discord.js retries about twice a second: each attempt is a debug line, and the
  // outage one line when it starts and one, with the count and downtime, when it ends.
  client.on(Events.ShardReconnecting, (shardId) => logger.debug({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error(
      { event: LogEvent.gatewayClosed, shardId, code: event.code },
      'gateway closed by Discord; not reconnecting',
    ),
  );
  watchGateway(client, (change) => {
    options.onGateway?.(change);
    // Closing the connection on stop() is not an outage.
    if (!accepting) return;
    if (change.status === 'down') logger.warn({ event: LogEvent.gatewayLost }, 'gateway connection lost; reconnecting');
    else if (change.outage)
      logger.info({ event: LogEvent.gatewayRestored, ...change.outage }, 'gateway connection restored');
  });

  const loginStarted = performance.now();
  try {
    // Both at once: `once` also rejects on an 'error' event, which must not go unobserved while login runs.
    await Promise.all([once(client, Events.ClientReady), client.login(token)]);
  } catch (err) {
    await destroyWithin(client, DESTROY_TIMEOUT_MS);
    throw err;
  }
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      durationMs: Math.round(performance.now() - loginStarted),
    },
    'bot ready',
  );

  let stopping: Promise<void> | null = null;
  return {
    client,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        const pending = inflight.size;
        const drained = await inflight.drain(options.drainTimeoutMs ?? 10_000);
        logger.info({ pending, drained }, 'in-flight interactions finished; disconnecting');
        const destroyed = await destroyWithin(client, DESTROY_TIMEOUT_MS);
        logger.info({ destroyed }, 'bot stopped');
      })();
      return stopping;
    },
  };
}
