// The scheduler lease against real Redis: of two instances only one holds it, the holder keeps
// it by renewing, a holder that stops renewing is replaced once the lease runs out, a released
// lease is taken at once, and a stalled holder can neither renew nor release its successor's.
import { describe, expect, it } from 'vitest';
import { createLease } from '@/lib/redis/lease';
import { withTestRedis } from './helpers';

const { prefix, connect } = withTestRedis();

describe('the scheduler lease', () => {
  it('lets one of two contenders hold it, and the holder keep it while it renews', async () => {
    const [a, b] = [await connect('instance A'), await connect('instance B')];
    const key = `${prefix}lease-one`;
    const leaseA = createLease(a, key, 10_000);
    const leaseB = createLease(b, key, 10_000);
    const [heldA, heldB] = await Promise.all([leaseA.hold(), leaseB.hold()]);
    expect([heldA, heldB].filter(Boolean), 'exactly one instance wins').toHaveLength(1);
    const [winner, loser] = heldA ? [leaseA, leaseB] : [leaseB, leaseA];
    for (let tick = 0; tick < 3; tick++) {
      expect(await winner.hold()).toBe(true);
      expect(await loser.hold()).toBe(false);
    }
    expect(await a.get(key)).toBe(winner.holderId);
  });

  it('passes to another instance once a holder stops renewing and its lease runs out', async () => {
    const [a, b] = [await connect('instance A'), await connect('instance B')];
    const key = `${prefix}lease-expiry`;
    const crashed = createLease(a, key, 300);
    const successor = createLease(b, key, 300);
    expect(await crashed.hold()).toBe(true);
    expect(await successor.hold()).toBe(false);
    // The holder "dies": it renews no more. The successor keeps asking, as its scheduler would.
    await expect.poll(() => successor.hold(), { timeout: 5_000, interval: 50 }).toBe(true);
    // The stalled holder comes back: it cannot renew the successor's lease, nor release it.
    expect(await crashed.hold()).toBe(false);
    await crashed.release();
    expect(await b.get(key)).toBe(successor.holderId);
  });

  it('is taken at once by another instance after the holder releases it on shutdown', async () => {
    const [a, b] = [await connect('instance A'), await connect('instance B')];
    const key = `${prefix}lease-release`;
    const leaving = createLease(a, key, 60_000);
    const staying = createLease(b, key, 60_000);
    expect(await leaving.hold()).toBe(true);
    expect(await staying.hold()).toBe(false);
    await leaving.release();
    expect(await staying.hold(), 'no wait for a one-minute lease to run out').toBe(true);
  });

  it('is held by nobody while Redis cannot be reached', async () => {
    const { openRedis } = await import('@/lib/redis/connect');
    // A port nothing listens on: the client keeps retrying in the background, commands fail at once.
    const unreachable = openRedis('redis://127.0.0.1:1', 'unreachable');
    try {
      expect(await createLease(unreachable, `${prefix}lease-down`, 1_000).hold()).toBe(false);
    } finally {
      unreachable.destroy();
    }
  });
});
