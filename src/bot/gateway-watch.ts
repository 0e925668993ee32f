import { Events, type Client } from 'discord.js';

/** A change of the gateway connection, as an operator wants to hear it: once when it drops, once when it is back. */
export type GatewayChange =
  | { status: 'up'; outage?: { reconnects: number; downtimeMs: number } }
  | { status: 'down'; code?: number };

/**
 * Follows the client's gateway connection as one up/down status: READY or RESUMED is up; a close that discord.js
 * reconnects from, or an unrecoverable one, is down. While Discord is unreachable discord.js retries every half
 * second or so; the attempts are counted into the change that ends the outage instead of being reported one by one.
 */
export function watchGateway(
  client: Client,
  onChange: (change: GatewayChange) => void,
  now: () => number = Date.now,
): void {
  let up = false;
  let downSince: number | null = null;
  let reconnects = 0;
  const goUp = () => {
    if (up) return;
    up = true;
    const outage = downSince === null ? undefined : { reconnects, downtimeMs: now() - downSince };
    downSince = null;
    reconnects = 0;
    onChange(outage ? { status: 'up', outage } : { status: 'up' });
  };
  const goDown = (code?: number) => {
    if (!up) return;
    up = false;
    downSince = now();
    onChange(code === undefined ? { status: 'down' } : { status: 'down', code });
  };
  client.on(Events.ShardReady, goUp);
  client.on(Events.ShardResume, goUp);
  client.on(Events.ShardReconnecting, () => {
    goDown();
    reconnects += 1;
  });
  client.on(Events.ShardDisconnect, (event) => goDown(event.code));
}
