const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh, real-shaped snowflake (timestamp-based), since discord.js derives createdAt from ids. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}
