const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/**
 * A fresh, real-shaped snowflake (timestamp-based), since discord.js derives createdAt from ids. An earlier
 * `timestampMs` makes an interaction that has already waited, as one queued behind a busy event loop would.
 */
export function snowflake(timestampMs = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | increment).toString();
}
