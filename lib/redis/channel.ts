// Change messages between instances over Redis pub/sub. A message says only "this changed",
// so a lost one costs freshness, never correctness: whatever listens also reloads on a timer,
// and again whenever its subscription comes back after Redis was away.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { whenReady, type RedisClient } from './connect';

/** A connection made on first use is still connecting: an announcement waits this long for it. */
const READY_WAIT_MS = 2_000;

/** This process, so that it can skip its own announcements (it has acted on them already). */
const SELF = ((globalThis as unknown as { [key: symbol]: string })[Symbol.for('tandem.redis.instance')] ??= randomUUID());

/** Tells every other instance that `channel` changed. Never throws: Redis away is logged by the client. */
export async function announce(client: RedisClient, channel: string): Promise<void> {
  try {
    if (await whenReady(client, READY_WAIT_MS)) await client.publish(channel, SELF);
  } catch {
    // The others catch up on their next timed reload.
  }
}

/**
 * Calls `onChange` whenever another instance announces a change on `channel`, and when the
 * connection comes back after Redis was away (messages sent meanwhile are lost). Resolves once
 * subscribed, or at once if Redis is away now: the subscription is then made when it is back.
 */
export async function listen(subscriber: RedisClient, channel: string, onChange: () => void, self = SELF): Promise<void> {
  let subscribed = false;
  let wasReady = subscriber.isReady;
  const subscribe = async () => {
    try {
      // The client itself subscribes again after a reconnect; this covers a first try made while Redis was away.
      await subscriber.subscribe(channel, (sender) => {
        if (sender !== self) onChange();
      });
      subscribed = true;
    } catch {
      // Redis is away; the next 'ready' tries again.
    }
  };
  subscriber.on('ready', () => {
    if (wasReady) onChange();
    wasReady = true;
    if (!subscribed) void subscribe();
  });
  if (subscriber.isReady) await subscribe();
}
