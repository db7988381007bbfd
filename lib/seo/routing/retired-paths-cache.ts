// The retired-paths table in memory, so the proxy answers 410/301/307 without a database query
// per request. Stale-while-revalidate: once a table exists, no request waits for a reload;
// the old table serves until the new one lands. Only the very first load is awaited.
// The default instance lives on globalThis so server actions (another bundle, same process)
// can expire it. With several instances (REDIS_URL), a change on one reloads the table on all.
import 'server-only';
import { announceRetiredPathsChanged, listenForRetiredPathsChanges } from '@/lib/redis/retired-paths';
import { articlePathOf, loadRetiredPaths, retiredAnswer, type RetiredPath, type RetiredPaths } from './retired-paths';

/** How long a table serves before a request starts a reload in the background. */
export const RETIRED_PATHS_TTL_MS = 5_000;

export interface RetiredPathsCacheOptions {
  load?: () => Promise<RetiredPaths>;
  now?: () => number;
  ttlMs?: number;
  /** After a failed load, how long to keep the old table before trying again. */
  retryMs?: number;
}

export interface RetiredPathsCache {
  /** The status of a path, or null when it is not retired (serve the page). */
  lookup(pathname: string): Promise<RetiredPath | null>;
  /** The data changed: start a reload now; lookups keep the old table until it lands. */
  expire(): void;
}

export function createRetiredPathsCache(options: RetiredPathsCacheOptions = {}): RetiredPathsCache {
  const { load = () => loadRetiredPaths(), now = Date.now, ttlMs = RETIRED_PATHS_TTL_MS, retryMs = ttlMs } = options;
  let table: RetiredPaths | null = null;
  let loadedAt = 0;
  // Loads are numbered as they start. A table is replaced only by a later-started load, so a
  // slow load begun before a change never overwrites one begun after it.
  let started = 0;
  let tableLoad = 0;
  /** Loads numbered up to this began before the last change; their tables are known stale. */
  let expiredThrough = 0;
  let loading: { id: number; promise: Promise<void> } | null = null;
  let retryAt = 0;

  function reload(): Promise<void> {
    if (loading && loading.id > expiredThrough) return loading.promise;
    const id = ++started;
    const promise = load()
      .then((next) => {
        if (id > tableLoad) {
          table = next;
          tableLoad = id;
          loadedAt = now();
        }
      })
      .catch((error: unknown) => {
        // Keep serving the last table; a database hiccup must not take the reader site down.
        console.error('[seo] could not load retired paths; keeping the last table and retrying shortly', error);
        table ??= new Map();
        retryAt = now() + retryMs;
      })
      .finally(() => {
        if (loading?.id === id) loading = null;
      });
    loading = { id, promise };
    return promise;
  }

  const stale = () => tableLoad <= expiredThrough || now() - loadedAt > ttlMs;

  return {
    async lookup(pathname) {
      // Front pages, series pages and the like are never retired: not worth a first load.
      if (!articlePathOf(pathname)) return null;
      if (!table) await reload();
      else if (stale() && !loading && now() >= retryAt) void reload();
      return retiredAnswer(table!, pathname);
    },
    expire() {
      expiredThrough = started;
      retryAt = 0;
      void reload();
    },
  };
}

const KEY = Symbol.for('tandem.seo.retiredPaths');
const holder = globalThis as unknown as { [KEY]?: RetiredPathsCache };
function shared(): RetiredPathsCache {
  if (!holder[KEY]) {
    const cache = (holder[KEY] = createRetiredPathsCache());
    // Only a process that holds a table has anything to reload when another instance changes it.
    listenForRetiredPathsChanges(() => cache.expire());
  }
  return holder[KEY];
}

/** The status of a path under the default table, or null when it is not retired. */
export function lookupRetiredPath(pathname: string): Promise<RetiredPath | null> {
  return shared().lookup(pathname);
}

/** Call after publishing, unpublishing or renaming: reloads at once, in the background, on every instance. */
export function expireRetiredPaths(): void {
  shared().expire();
  announceRetiredPathsChanged();
}
