/**
 * Ids as Discord makes them: snowflakes, interaction tokens, session ids, and the shard a guild is
 * routed to.
 */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake whose timestamp is `at`, so discord.js derives sensible createdAt values. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  // Worker 1, process 0: distinguishable from ids a test hard-codes.
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Shard that Discord routes a guild to: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Interaction tokens must be URL-safe: they are path segments in callback and webhook routes. */
export function interactionToken(interactionId: string): string {
  return Buffer.from(`interaction:${interactionId}:${randomBytes(36).toString('base64url')}`).toString('base64url');
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
