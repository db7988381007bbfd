// The in-memory table the proxy reads: a reader's request never waits for a reload once a
// table exists, a change reloads at once in the background, an older load never overwrites a
// newer one, and a database hiccup keeps the last table. Loads are held open by hand here,
// on a clock the test moves; the last test runs the real loader on a real database.
import { describe, expect, it } from 'vitest';
import type { RetiredPath, RetiredPaths } from '@/lib/seo/routing/retired-paths';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

const OLD = '/en/s/old';
const GONE = '/en/s/gone';
const moved = (slug: string): RetiredPath => ({ status: 301, location: `/en/s/${slug}` });

type Table = RetiredPaths;
const tableOf = (...entries: [string, RetiredPath][]): Table => new Map(entries);

/** A loader whose every call waits until the test resolves or rejects it. */
function heldLoader() {
  const calls: { resolve: (t: Table) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<Table>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

/** Lets settled promises run their callbacks. */
const settle = () => new Promise((r) => setImmediate(r));

async function cacheWith(first: Table) {
  const { createRetiredPathsCache } = await import('@/lib/seo/routing/retired-paths-cache');
  const clock = { t: 1_000_000 };
  const loader = heldLoader();
  const cache = createRetiredPathsCache({ load: loader.load, now: () => clock.t, ttlMs: 5_000, retryMs: 5_000 });
  const firstLookup = cache.lookup(OLD);
  expect(loader.calls).toHaveLength(1);
  loader.calls[0]!.resolve(first);
  // Only the very first load is waited for.
  expect(await firstLookup).toEqual(first.get(OLD));
  return { cache, clock, calls: loader.calls };
}

describe('createRetiredPathsCache', () => {
  it('serves the old table while a reload is in flight once the TTL has passed, then the new one', async () => {
    const { cache, clock, calls } = await cacheWith(tableOf([OLD, moved('a')]));
    expect(await cache.lookup(OLD)).toEqual(moved('a'));
    expect(calls).toHaveLength(1);

    clock.t += 5_001;
    expect(await cache.lookup(OLD)).toEqual(moved('a'));
    expect(await cache.lookup(GONE)).toBeNull();
    // One reload for all the requests that found the table stale.
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(tableOf([OLD, moved('b')], [GONE, { status: 410 }]));
    await settle();
    expect(await cache.lookup(OLD)).toEqual(moved('b'));
    expect(await cache.lookup(`${GONE}/opengraph-image`)).toEqual({ status: 410 });
    expect(calls).toHaveLength(2);
  });

  it('starts a reload as soon as it is expired, and keeps answering from the old table until it lands', async () => {
    const { cache, calls } = await cacheWith(tableOf([OLD, moved('a')]));
    cache.expire();
    expect(calls).toHaveLength(2);
    expect(await cache.lookup(OLD)).toEqual(moved('a'));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(tableOf([OLD, moved('b')]));
    await settle();
    expect(await cache.lookup(OLD)).toEqual(moved('b'));
  });

  it('never lets a load begun before a change overwrite one begun after it', async () => {
    const { cache, clock, calls } = await cacheWith(tableOf([OLD, moved('a')]));
    clock.t += 5_001;
    await cache.lookup(OLD);
    expect(calls).toHaveLength(2);
    cache.expire();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(tableOf([OLD, moved('after-change')]));
    await settle();
    calls[1]!.resolve(tableOf([OLD, moved('before-change')]));
    await settle();
    expect(await cache.lookup(OLD)).toEqual(moved('after-change'));
  });

  it('keeps the old table when a reload fails, and tries again later rather than on every request', async () => {
    const { cache, clock, calls } = await cacheWith(tableOf([OLD, moved('a')]));
    const logged = console.error;
    console.error = () => {};
    try {
      clock.t += 5_001;
      await cache.lookup(OLD);
      calls[1]!.reject(new Error('database is locked'));
      await settle();
      expect(await cache.lookup(OLD)).toEqual(moved('a'));
      expect(calls).toHaveLength(2);
      clock.t += 5_001;
      expect(await cache.lookup(OLD)).toEqual(moved('a'));
      expect(calls).toHaveLength(3);
      calls[2]!.resolve(tableOf([OLD, moved('b')]));
      await settle();
      expect(await cache.lookup(OLD)).toEqual(moved('b'));
    } finally {
      console.error = logged;
    }
  });

  it('serves pages when the very first load fails, and loads again in the background', async () => {
    const { createRetiredPathsCache } = await import('@/lib/seo/routing/retired-paths-cache');
    const clock = { t: 0 };
    const { load, calls } = heldLoader();
    const cache = createRetiredPathsCache({ load, now: () => clock.t, ttlMs: 5_000, retryMs: 5_000 });
    const logged = console.error;
    console.error = () => {};
    try {
      const first = cache.lookup(OLD);
      calls[0]!.reject(new Error('no database yet'));
      expect(await first).toBeNull();
      clock.t += 5_001;
      expect(await cache.lookup(OLD)).toBeNull();
      expect(calls).toHaveLength(2);
      calls[1]!.resolve(tableOf([OLD, moved('b')]));
      await settle();
      expect(await cache.lookup(OLD)).toEqual(moved('b'));
    } finally {
      console.error = logged;
    }
  });

  it('does not load anything for front and series pages, which are never retired', async () => {
    const { createRetiredPathsCache } = await import('@/lib/seo/routing/retired-paths-cache');
    const { load, calls } = heldLoader();
    const cache = createRetiredPathsCache({ load });
    expect(await cache.lookup('/en')).toBeNull();
    expect(await cache.lookup('/en/s')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

describe('the table the proxy reads, on the real database', () => {
  it('picks up a rename after expireRetiredPaths without a request waiting for it', async () => {
    const { db } = await import('@/lib/db');
    const { lookupRetiredPath, expireRetiredPaths } = await import('@/lib/seo/routing/retired-paths-cache');
    const feature = await db.piece.findFirstOrThrow({ where: { slug: 'china-cost-revolution' }, select: { id: true, seriesId: true } });
    expect(await lookupRetiredPath('/en/global-ai-race/cost-revolution')).toBeNull();
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'cost-revolution', pieceId: feature.id } });
    expireRetiredPaths();
    await expect
      .poll(() => lookupRetiredPath('/en/global-ai-race/cost-revolution/opengraph-image'))
      .toEqual({ status: 301, location: '/en/global-ai-race/china-cost-revolution/opengraph-image' });
    expect(await lookupRetiredPath('/en/global-ai-race/china-cost-revolution')).toBeNull();
  });
});
