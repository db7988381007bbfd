// Retired article paths against a real SQLite file: a once-public piece taken down answers
// 410 in both locales, an old slug 301s to the current address, and nothing else is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await useTempDatabase();
  const { seed } = await import('@/prisma/seed/index');
  await seed(() => {});
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  temp.cleanup();
});

async function pieceRow(slug: string) {
  const { db } = await import('@/lib/db');
  return db.piece.findFirstOrThrow({ where: { slug }, select: { id: true, seriesId: true } });
}

describe('loadRetiredPaths', () => {
  it('is empty for the seeded site: the draft was never public, so it stays a 404', async () => {
    const { loadRetiredPaths } = await import('@/lib/seo/retired-paths');
    expect([...(await loadRetiredPaths()).entries()]).toEqual([]);
  });

  it('answers 410 for a piece taken down after publication, and 301 from its old slugs while it is live', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths } = await import('@/lib/seo/retired-paths');
    const feature = await pieceRow('china-cost-revolution');
    const editorial = await pieceRow('who-defines-ai-future');
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'china-ai-costs', pieceId: feature.id } });
    await db.slugRedirect.create({ data: { seriesId: editorial.seriesId, oldSlug: 'editorial-old', pieceId: editorial.id } });
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'draft' } });

    const table = await loadRetiredPaths();
    expect(Object.fromEntries(table)).toEqual({
      '/zh-hk/global-ai-race/china-ai-costs': { status: 301, location: '/zh-hk/global-ai-race/china-cost-revolution' },
      '/en/global-ai-race/china-ai-costs': { status: 301, location: '/en/global-ai-race/china-cost-revolution' },
      '/zh-hk/global-ai-race/who-defines-ai-future': { status: 410 },
      '/en/global-ai-race/who-defines-ai-future': { status: 410 },
      // The old slug of a piece that is gone is gone too, rather than a redirect to a 410.
      '/zh-hk/global-ai-race/editorial-old': { status: 410 },
      '/en/global-ai-race/editorial-old': { status: 410 },
    });
  });

  it('treats a scheduled-again piece as gone until its time, and live once it is due', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths } = await import('@/lib/seo/retired-paths');
    const editorial = await pieceRow('who-defines-ai-future');
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'published', publishedAt: new Date(Date.now() + 3_600_000) } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/who-defines-ai-future')).toEqual({ status: 410 });
    expect((await loadRetiredPaths(new Date(Date.now() + 7_200_000))).get('/en/global-ai-race/who-defines-ai-future')).toBeUndefined();
    await db.piece.update({ where: { id: editorial.id }, data: { publishedAt: new Date('2025-05-12T01:05:00Z') } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/editorial-old')).toEqual({ status: 301, location: '/en/global-ai-race/who-defines-ai-future' });
  });

  it('never redirects away from a live piece that holds the slug now', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths } = await import('@/lib/seo/retired-paths');
    const feature = await pieceRow('china-cost-revolution');
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'who-defines-ai-future', pieceId: feature.id } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/who-defines-ai-future')).toBeUndefined();
  });
});

describe('the in-memory table the proxy reads', () => {
  it('answers from memory within the TTL, and sees a change at once after expireRetiredPaths', async () => {
    const { db } = await import('@/lib/db');
    const { lookupRetiredPath, expireRetiredPaths } = await import('@/lib/seo/retired-paths-cache');
    expireRetiredPaths();
    expect(await lookupRetiredPath('/en/global-ai-race/china-ai-costs')).toEqual({ status: 301, location: '/en/global-ai-race/china-cost-revolution' });
    const feature = await pieceRow('china-cost-revolution');
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'cost-revolution', pieceId: feature.id } });
    // Cached: the new row is not read yet, and no query runs per lookup.
    expect(await lookupRetiredPath('/en/global-ai-race/cost-revolution')).toBeNull();
    expireRetiredPaths();
    expect(await lookupRetiredPath('/en/global-ai-race/cost-revolution')).toEqual({ status: 301, location: '/en/global-ai-race/china-cost-revolution' });
    expect(await lookupRetiredPath('/en/global-ai-race/china-cost-revolution')).toBeNull();
  });

  it('refreshes by itself once the TTL has passed', async () => {
    const { db } = await import('@/lib/db');
    const { lookupRetiredPath, RETIRED_PATHS_TTL_MS } = await import('@/lib/seo/retired-paths-cache');
    const feature = await pieceRow('china-cost-revolution');
    await lookupRetiredPath('/x');
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'later-slug', pieceId: feature.id } });
    expect(await lookupRetiredPath('/zh-hk/global-ai-race/later-slug')).toBeNull();
    const realNow = Date.now;
    Date.now = () => realNow() + RETIRED_PATHS_TTL_MS + 1;
    try {
      expect(await lookupRetiredPath('/zh-hk/global-ai-race/later-slug')).toEqual({ status: 301, location: '/zh-hk/global-ai-race/china-cost-revolution' });
    } finally {
      Date.now = realNow;
    }
  });
});
