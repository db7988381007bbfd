// The one shared Redis connection of this process, made on first use and only when REDIS_URL
// is set. It lives on globalThis because the scheduler (instrumentation), route handlers,
// server actions and the proxy are separate bundles in one process, each with its own copy of
// this module.
import 'server-only';
import { env } from '@/lib/env';
import { openRedis, type RedisClient } from './connect';

export type { RedisClient } from './connect';

interface Holder {
  client?: RedisClient;
  subscriber?: RedisClient;
}
const holder = ((globalThis as unknown as { [key: symbol]: Holder })[Symbol.for('tandem.redis')] ??= {});

/** A key or channel name under REDIS_KEY_PREFIX. */
export function redisKey(name: string): string {
  return `${env().REDIS_KEY_PREFIX}${name}`;
}

/** The shared connection for commands, or null without REDIS_URL. */
export function sharedRedis(): RedisClient | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  return (holder.client ??= openRedis(url, 'shared connection'));
}

/** A connection of its own for subscriptions (a subscribed connection takes no other commands). */
export function sharedRedisSubscriber(): RedisClient | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  return (holder.subscriber ??= openRedis(url, 'subscriptions'));
}
