// Real Redis for the tests (127.0.0.1:6379 unless TEST_REDIS_URL says otherwise), under a key
// prefix of their own, removed afterwards.
import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import { openRedis, whenReady, type RedisClient } from '@/lib/redis/connect';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Points the app's settings at real Redis under a fresh prefix, and cleans up after the file. */
export function withTestRedis(): { prefix: string; connect: (role: string) => Promise<RedisClient> } {
  const prefix = `tandem-test-${randomBytes(4).toString('hex')}:`;
  process.env.REDIS_URL = TEST_REDIS_URL;
  process.env.REDIS_KEY_PREFIX = prefix;
  const opened: RedisClient[] = [];
  const connect = async (role: string) => {
    const client = openRedis(TEST_REDIS_URL, role);
    opened.push(client);
    if (!(await whenReady(client, 5_000))) throw new Error(`Redis at ${TEST_REDIS_URL} is not reachable`);
    return client;
  };
  afterAll(async () => {
    const cleaner = await connect('cleanup');
    for await (const keys of cleaner.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) if (keys.length) await cleaner.del(keys);
    for (const client of opened) client.destroy();
    const holder = (globalThis as unknown as { [key: symbol]: { client?: RedisClient; subscriber?: RedisClient } })[Symbol.for('tandem.redis')];
    holder?.client?.destroy();
    holder?.subscriber?.destroy();
    delete process.env.REDIS_URL;
    delete process.env.REDIS_KEY_PREFIX;
  });
  return { prefix, connect };
}
