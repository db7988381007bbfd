// Next's response and data cache (pages, and unstable_cache entries with their tags), except
// that not-found answers are never stored: with dynamicParams every made-up article, series or
// figure address is rendered on request, and storing each 404 would let anyone fill the disk,
// the memory cache or Redis. A 404 costs a render instead; published pages are cached as before.
//
// One instance (no REDIS_URL): Next's own file system cache, as always.
// Several instances (REDIS_URL): one cache in Redis for all of them, so a tag that one instance
// expires (updateTag, revalidateTag) is expired for every instance: the Redis handler deletes the
// entries carrying the tag, and every instance reads the same entries.
//
// Next loads this file by path itself, outside the app bundle, and in the build's workers
// before any app code runs: it cannot import lib/env.ts (TypeScript, bundled), so it reads its
// two settings from process.env. lib/env.ts validates the same variables when the server
// starts (instrumentation.ts) and refuses to start on a bad one.
import { createRequire } from 'node:module';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');

/** Wraps a Next cache handler class (the default file system one, or the shared one). */
export function withoutNotFound(Base) {
  return class NotFoundUncachedHandler extends Base {
    async set(key, data, ctx) {
      if (data && data.status === 404) return;
      return super.set(key, data, ctx);
    }
  };
}

/** How long the first request waits for Redis at start before it renders without a cache. */
const FIRST_CONNECT_WAIT_MS = 2_000;
/** A cache read or write slower than this is given up: the page renders instead. */
const COMMAND_TIMEOUT_MS = 1_000;
/**
 * Our pages never go stale by time (tags expire them), so Next would keep them for a year.
 * In Redis they expire after a day and a half instead: a new build writes under its own keys,
 * and the last build's pages must not stay in Redis for a year.
 */
const SHARED_STALE_AGE_S = 24 * 60 * 60;

const masked = (url) => url.replace(/^([^/]*\/\/[^:/@]*):[^@/]*@/, '$1:***@');

/**
 * When Redis is unreachable, at start or later, each cache read misses and each write is
 * dropped: readers still get every page, rendered fresh from the database, just more slowly,
 * and no instance can serve a page that another instance has expired meanwhile. (A local
 * fallback cache, the package's other option, would keep serving pages that editors changed
 * through another instance.) The client reconnects in the background, and caching resumes.
 */
function sharedCacheHandler(url, prefix) {
  CacheHandler.onCreation(async ({ buildId }) => {
    const client = createClient({
      url,
      // A command while Redis is away fails at once instead of waiting in a queue.
      disableOfflineQueue: true,
      pingInterval: 10_000,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    });
    let down = false;
    client.on('error', (error) => {
      if (!down) console.error(`[cache] Redis at ${masked(url)} is unreachable (${error?.message ?? error}); pages render without the shared cache until it is back`);
      down = true;
    });
    client.on('ready', () => {
      if (down) console.log(`[cache] Redis at ${masked(url)} is back; pages are cached again`);
      down = false;
    });
    client.connect().catch(() => {});
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return {
      // Each build has its own keys: its pages name its own script files.
      handlers: [createRedisHandler({ client, keyPrefix: `${prefix}next:${buildId ?? 'dev'}:`, timeoutMs: COMMAND_TIMEOUT_MS })],
      ttl: { defaultStaleAge: SHARED_STALE_AGE_S },
    };
  });
  return CacheHandler;
}

const redisUrl = process.env.REDIS_URL?.trim();
const keyPrefix = process.env.REDIS_KEY_PREFIX?.trim() || 'tandem:';
// The build prerenders into .next as usual; only running servers share Redis.
const building = process.env.NEXT_PHASE === 'phase-production-build';

export default withoutNotFound(redisUrl && !building ? sharedCacheHandler(redisUrl, keyPrefix) : FileSystemCache);
