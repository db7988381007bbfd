// A lease in Redis: at most one holder at a time, for `ttlMs` after its last renewal. The holder
// renews it while it works and gives it back when it stops; a holder that dies simply stops
// renewing, and another takes over once the lease has run out.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { RedisClient } from './connect';

// Renewing and releasing must only touch the lease while this holder still has it: a holder
// that stalled past its lease must not extend or delete the next holder's.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface Lease {
  /** Takes the lease if it is free, renews it if held; true while this holder has it. */
  hold(): Promise<boolean>;
  /** Gives the lease back at once, if this holder still has it. */
  release(): Promise<void>;
  readonly holderId: string;
}

export function createLease(client: RedisClient, key: string, ttlMs: number, holderId: string = randomUUID()): Lease {
  let held = false;
  return {
    holderId,
    async hold() {
      try {
        if (held && Number(await client.eval(RENEW, { keys: [key], arguments: [holderId, String(ttlMs)] })) === 1) return true;
        held = (await client.set(key, holderId, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } })) === 'OK';
      } catch {
        // Redis unreachable: this holder cannot prove it has the lease, so it acts as if it has not.
        held = false;
      }
      return held;
    },
    async release() {
      held = false;
      await client.eval(RELEASE, { keys: [key], arguments: [holderId] });
    },
  };
}
