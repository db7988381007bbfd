// Opening a Redis connection the way every part of the app wants it: connecting in the
// background and retrying for as long as Redis is away, and failing a command at once while it
// is (no offline queue), so a reader's request never waits on a Redis that is down.
import 'server-only';
import { createClient } from '@redis/client';

function newClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export type RedisClient = ReturnType<typeof newClient>;

/** The URL fit to print: never its password. */
export function maskedRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable Redis URL)';
  }
}

/** A client that is already connecting; `role` names it in the log ("scheduler lease", …). */
export function openRedis(url: string, role: string): RedisClient {
  const client = newClient(url);
  // One line when Redis goes away and one when it is back, not one per retry.
  let down = false;
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    console.error(`[redis] ${role}: ${maskedRedisUrl(url)} is unreachable (${error instanceof Error ? error.message : String(error)}); retrying in the background`);
  });
  client.on('ready', () => {
    if (down) console.log(`[redis] ${role}: connected again to ${maskedRedisUrl(url)}`);
    down = false;
  });
  client.connect().catch(() => {
    // Only a closed client stops connecting; the error event has said why.
  });
  return client;
}

/** Resolves true once `client` is ready, or false after `timeoutMs` (it goes on connecting). */
export function whenReady(client: RedisClient, timeoutMs: number): Promise<boolean> {
  if (client.isReady) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    client.once('ready', onReady);
  });
}
