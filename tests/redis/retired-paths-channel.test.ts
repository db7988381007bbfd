// Retired addresses across instances, against real Redis: when one instance changes the table
// (expireRetiredPaths after a publish, unpublish or rename), another instance's table reloads at
// once; the announcing instance does not reload twice for its own message; and a listener whose
// Redis connection comes back reloads, since messages sent meanwhile are lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetiredPaths } from '@/lib/seo/routing/retired-paths';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';
import { withTestRedis } from './helpers';

const { prefix, connect } = withTestRedis();
// This process plays instance A, whose own table reloads from a real (empty) database.
let database: TempDatabase | undefined;
beforeAll(async () => {
  database = await useTempDatabase();
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  database?.cleanup();
});

/** A retired-paths table for "instance B", whose loads the test counts. */
async function instanceTable() {
  const { createRetiredPathsCache } = await import('@/lib/seo/routing/retired-paths-cache');
  let loads = 0;
  const cache = createRetiredPathsCache({
    load: async (): Promise<RetiredPaths> => {
      loads++;
      return new Map();
    },
    ttlMs: 60 * 60_000,
  });
  await cache.lookup('/en/global-ai-race/some-article');
  return { cache, loads: () => loads };
}

describe('the retired-paths change message', () => {
  it('reloads another instance’s table when this one expires its own', async () => {
    const { listen } = await import('@/lib/redis/channel');
    const b = await instanceTable();
    expect(b.loads()).toBe(1);
    // Instance B subscribes on its own connection, as every instance does.
    await listen(await connect('instance B subscriptions'), `${prefix}retired-paths`, () => b.cache.expire(), 'instance-b');

    const { expireRetiredPaths } = await import('@/lib/seo/routing/retired-paths-cache');
    expireRetiredPaths();
    await expect.poll(b.loads, { timeout: 5_000, interval: 20 }).toBe(2);
  });

  it('is not acted on twice by the instance that sent it', async () => {
    const { announce, listen } = await import('@/lib/redis/channel');
    const channel = `${prefix}own-messages`;
    const heard: string[] = [];
    await listen(await connect('A subscriptions'), channel, () => heard.push('A'), 'instance-a');
    await listen(await connect('B subscriptions'), channel, () => heard.push('B'), 'instance-b');
    // Sent as instance A would: its own subscription skips it, B's does not.
    const sender = await connect('A commands');
    await sender.publish(channel, 'instance-a');
    await expect.poll(() => heard, { timeout: 5_000, interval: 20 }).toEqual(['B']);
    // announce() signs with this process's id, which neither test instance has.
    await announce(sender, channel);
    await expect.poll(() => heard.sort(), { timeout: 5_000, interval: 20 }).toEqual(['A', 'B', 'B']);
  });

  it('reloads when the connection comes back after Redis dropped it, and hears later messages', async () => {
    const { listen } = await import('@/lib/redis/channel');
    const channel = `${prefix}retired-paths-dropped`;
    const subscriber = await connect('dropped subscriptions');
    const id = String(await subscriber.sendCommand(['CLIENT', 'ID']));
    let reloads = 0;
    await listen(subscriber, channel, () => reloads++, 'instance-c');
    // Redis drops the connection, as on a restart or a network cut; the client reconnects by itself.
    const admin = await connect('admin');
    await admin.sendCommand(['CLIENT', 'KILL', 'ID', id]);
    await expect.poll(() => reloads, { timeout: 10_000, interval: 50 }).toBe(1);
    await admin.publish(channel, 'instance-a');
    await expect.poll(() => reloads, { timeout: 5_000, interval: 20 }).toBe(2);
  });
});
