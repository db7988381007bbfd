// Retired article paths against a real SQLite file: a once-public piece taken down answers
// 410 in both locales, an old slug 301s to the current address (however many renames ago),
// every path under such a piece answers the same, and nothing else is touched.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

async function pieceRow(slug: string) {
  const { db } = await import('@/lib/db');
  return db.piece.findFirstOrThrow({ where: { slug }, select: { id: true, seriesId: true, slug: true, firstPublishedAt: true } });
}

/** Renames a piece the way a save does, keeping its old address as a redirect. */
async function rename(from: string, to: string) {
  const { db } = await import('@/lib/db');
  const { applySlug } = await import('@/lib/pieces/save');
  const piece = await pieceRow(from);
  await db.$transaction((tx) => applySlug(tx, piece, to));
}

describe('loadRetiredPaths', () => {
  it('is empty for the seeded site: the draft was never public, so it stays a 404', async () => {
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    expect([...(await loadRetiredPaths()).entries()]).toEqual([]);
  });

  it('answers 410 for a piece taken down after publication, and 301 from its old slugs while it is live', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
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
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    const editorial = await pieceRow('who-defines-ai-future');
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'published', publishedAt: new Date(Date.now() + 3_600_000) } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/who-defines-ai-future')).toEqual({ status: 410 });
    expect((await loadRetiredPaths(new Date(Date.now() + 7_200_000))).get('/en/global-ai-race/who-defines-ai-future')).toBeUndefined();
    await db.piece.update({ where: { id: editorial.id }, data: { publishedAt: new Date('2025-05-12T01:05:00Z') } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/editorial-old')).toEqual({ status: 301, location: '/en/global-ai-race/who-defines-ai-future' });
  });

  it('sends every old slug of a piece renamed twice straight to its latest slug, and forgets the slug it takes back', async () => {
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    await rename('who-defines-ai-future', 'who-shapes-ai');
    await rename('who-shapes-ai', 'who-governs-ai');
    let table = await loadRetiredPaths();
    for (const old of ['who-defines-ai-future', 'who-shapes-ai', 'editorial-old']) {
      expect(table.get(`/zh-hk/global-ai-race/${old}`), old).toEqual({ status: 301, location: '/zh-hk/global-ai-race/who-governs-ai' });
    }
    expect(table.get('/en/global-ai-race/who-governs-ai')).toBeUndefined();

    await rename('who-governs-ai', 'who-defines-ai-future');
    table = await loadRetiredPaths();
    expect(table.get('/en/global-ai-race/who-defines-ai-future')).toBeUndefined();
    expect(table.get('/en/global-ai-race/who-governs-ai')).toEqual({ status: 301, location: '/en/global-ai-race/who-defines-ai-future' });
    expect(table.get('/en/global-ai-race/who-shapes-ai')).toEqual({ status: 301, location: '/en/global-ai-race/who-defines-ai-future' });
  });

  it('never redirects away from a live piece that holds the slug now', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    const feature = await pieceRow('china-cost-revolution');
    await db.slugRedirect.create({ data: { seriesId: feature.seriesId, oldSlug: 'who-defines-ai-future', pieceId: feature.id } });
    const table = await loadRetiredPaths();
    expect(table.get('/en/global-ai-race/who-defines-ai-future')).toBeUndefined();
    // Once that piece is taken down, the address is gone with it, not a redirect to the other.
    const editorial = await pieceRow('who-defines-ai-future');
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'draft' } });
    expect((await loadRetiredPaths()).get('/en/global-ai-race/who-defines-ai-future')).toEqual({ status: 410 });
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'published' } });
    await db.slugRedirect.deleteMany({ where: { oldSlug: 'who-defines-ai-future', pieceId: feature.id } });
  });
});

describe('retiredAnswer: every path under a retired piece', () => {
  it('answers 410 for the share image, its hashed variant and any view under a piece taken down', async () => {
    const { db } = await import('@/lib/db');
    const { loadRetiredPaths, retiredAnswer } = await import('@/lib/seo/routing/retired-paths');
    const editorial = await pieceRow('who-defines-ai-future');
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'draft' } });
    const table = await loadRetiredPaths();
    for (const sub of ['', '/', '/opengraph-image', '/opengraph-image-1x9abc', '/parallel', '/parallel/en']) {
      expect(retiredAnswer(table, `/zh-hk/global-ai-race/who-defines-ai-future${sub}`), sub).toEqual({ status: 410 });
    }
    await db.piece.update({ where: { id: editorial.id }, data: { status: 'published' } });
  });

  it('keeps the sub-path in a 301 from an old slug', async () => {
    const { loadRetiredPaths, retiredAnswer } = await import('@/lib/seo/routing/retired-paths');
    const table = await loadRetiredPaths();
    expect(retiredAnswer(table, '/en/global-ai-race/china-ai-costs/opengraph-image')).toEqual({
      status: 301,
      location: '/en/global-ai-race/china-cost-revolution/opengraph-image',
    });
    expect(retiredAnswer(table, '/zh-hk/global-ai-race/china-ai-costs/parallel')).toEqual({ status: 301, location: '/zh-hk/global-ai-race/china-cost-revolution/parallel' });
    expect(retiredAnswer(table, '/en/global-ai-race/china-ai-costs/')).toEqual({ status: 301, location: '/en/global-ai-race/china-cost-revolution' });
  });

  it('leaves live pieces, their sub-paths and shallower pages alone', async () => {
    const { loadRetiredPaths, retiredAnswer } = await import('@/lib/seo/routing/retired-paths');
    const table = await loadRetiredPaths();
    for (const path of [
      '/en',
      '/en/global-ai-race',
      '/en/global-ai-race/',
      '/en/global-ai-race/china-cost-revolution',
      '/en/global-ai-race/china-cost-revolution/opengraph-image',
      '/en/global-ai-race/page/2',
    ]) {
      expect(retiredAnswer(table, path), path).toBeNull();
    }
  });
});
