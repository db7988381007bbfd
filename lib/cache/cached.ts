// Tagged caching of reader data through Next's data cache (unstable_cache), so a page is
// tagged with the data it read and `updateTag` on a write expires exactly those pages.
// Outside a Next server (Vitest, scripts) there is no cache, and the read simply runs.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db';
import { MAX_TAGS_PER_ENTRY } from './tags';

/**
 * Which database the cache describes: the id of its first recorded migration, new for every
 * database created. Part of every key, so a server pointed at a fresh or restored database
 * (the end-to-end suite reseeds one before each run) never reads entries of another.
 */
let epoch: Promise<string> | undefined;
function databaseEpoch(): Promise<string> {
  epoch ??= db
    .$queryRawUnsafe<{ id: string }[]>('SELECT "id" FROM "_prisma_migrations" ORDER BY "started_at" ASC, "id" ASC LIMIT 1')
    .then((rows) => rows[0]?.id ?? 'none')
    .catch((error: unknown) => {
      epoch = undefined;
      throw error;
    });
  return epoch;
}

/**
 * A cached read. Its result must survive JSON (dates as ISO strings). `tags` are decided
 * before the read runs, so callers that need data-dependent tags look them up first.
 */
export async function cachedRead<T>(name: string, key: readonly (string | number)[], tags: readonly string[], read: () => Promise<T>): Promise<T> {
  const fn = unstable_cache(read, ['tandem', await databaseEpoch(), name, ...key.map(String)], { tags: tags.slice(0, MAX_TAGS_PER_ENTRY), revalidate: false });
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return read();
    throw error;
  }
}

const DATE_KEYS = new Set(['publishedAt', 'modifiedAt', 'createdAt', 'updatedAt', 'asOf', 'date']);
const reviveDates = (key: string, value: unknown) => (DATE_KEYS.has(key) && typeof value === 'string' ? new Date(value) : value);

/**
 * A cached read whose date fields are named as in DATE_KEYS: they come back as Dates
 * whether the entry was fresh or cached (the cache itself stores JSON).
 */
export async function cachedDatedRead<T>(name: string, key: readonly (string | number)[], tags: readonly string[], read: () => Promise<T>): Promise<T> {
  const json = await cachedRead(name, key, tags, async () => JSON.stringify(await read()));
  return JSON.parse(json, reviveDates) as T;
}
