// Which instance's scheduler may publish on this tick. One instance alone always may. With
// several (REDIS_URL), they share one Redis lease: the holder renews it on every tick and gives
// it back on shutdown; if it dies, another takes over once the lease runs out. Publishing is
// also idempotent in the database (lib/pieces/publish.ts), so two instances that both believe
// they lead (a holder stalled past its lease) still publish each piece once.
import 'server-only';
import { env } from '@/lib/env';
import { redisKey, sharedRedis } from '@/lib/redis/client';
import { createLease, type Lease } from '@/lib/redis/lease';

/** Long enough to ride out a few slow ticks, short enough that a dead holder is replaced soon. */
export function leaseTtlMs(intervalMs: number): number {
  return Math.max(3 * intervalMs, 5_000);
}

const KEY = Symbol.for('tandem.scheduler.lease');
const holder = globalThis as unknown as { [KEY]?: Lease | null };

function lease(): Lease | null {
  if (holder[KEY] !== undefined) return holder[KEY];
  const client = sharedRedis();
  const made = client ? createLease(client, redisKey('scheduler-lease'), leaseTtlMs(env().SCHEDULER_INTERVAL_MS)) : null;
  holder[KEY] = made;
  if (made) {
    // Next closes the server on these signals, then exits: giving the lease back meanwhile lets
    // another instance take over at its next tick. If the process dies first, the lease runs out.
    const stepDown = () => void made.release().catch(() => {});
    process.once('SIGTERM', stepDown);
    process.once('SIGINT', stepDown);
  }
  return made;
}

/** True when this instance may publish due pieces now: it is alone, or it holds the lease. */
export async function mayPublishDue(): Promise<boolean> {
  const current = lease();
  return current ? current.hold() : true;
}
