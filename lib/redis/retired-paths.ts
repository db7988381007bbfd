// The retired-address table (lib/seo/routing/retired-paths-cache.ts) is held in memory by every
// instance. When one instance changes it (publish, unpublish, rename), it says so here, and
// every other instance reloads its table at once instead of at its next timed reload.
import 'server-only';
import { announce, listen } from './channel';
import { redisKey, sharedRedis, sharedRedisSubscriber } from './client';

const channel = () => redisKey('retired-paths');

/** Tells the other instances to reload their tables; nothing without REDIS_URL. */
export function announceRetiredPathsChanged(): void {
  const client = sharedRedis();
  if (client) void announce(client, channel());
}

/** Calls `expire` when another instance changed the table; nothing without REDIS_URL. */
export function listenForRetiredPathsChanges(expire: () => void): void {
  const subscriber = sharedRedisSubscriber();
  if (subscriber) void listen(subscriber, channel(), expire);
}
