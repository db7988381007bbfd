// The build renders only the newest articles of each locale, however large the archive grows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await useTempDatabase();
  const { seed } = await import('@/prisma/seed/index');
  await seed(() => {});
  const { growSyntheticArchive } = await import('@/lib/bench/synthetic-archive');
  await growSyntheticArchive(260);
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await temp.cleanup();
});

async function publishedAt(path: { series: string; piece: string }): Promise<number> {
  const { db } = await import('@/lib/db');
  const row = await db.piece.findFirstOrThrow({ where: { slug: path.piece, series: { slug: path.series } }, select: { publishedAt: true } });
  return row.publishedAt!.getTime();
}

describe('newestArticlePaths', () => {
  it('lists a bounded number of published pieces per locale, newest first', async () => {
    const { newestArticlePaths, STATIC_ARTICLES_PER_LOCALE } = await import('@/lib/pieces/static-params');
    const { db } = await import('@/lib/db');
    const published = await db.piece.count({ where: { status: 'published' } });
    expect(published).toBeGreaterThan(STATIC_ARTICLES_PER_LOCALE);

    for (const locale of ['zh-HK', 'en'] as const) {
      const paths = await newestArticlePaths(locale);
      expect(paths).toHaveLength(STATIC_ARTICLES_PER_LOCALE);
      const times = await Promise.all(paths.map(publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // The oldest synthetic pieces are left to render on first request.
      expect(paths.some((p) => p.piece === 'bench-1')).toBe(false);
      // Drafts are never listed.
      expect(paths.some((p) => p.piece === 'ai-talent-flows')).toBe(false);
    }
    const newest = await db.piece.findFirstOrThrow({ where: { status: 'published' }, orderBy: { publishedAt: 'desc' }, select: { slug: true } });
    expect((await newestArticlePaths('en'))[0]?.piece).toBe(newest.slug);
  });

  it('leaves out a piece in the locale it has no headline in', async () => {
    const { newestArticlePaths } = await import('@/lib/pieces/static-params');
    const { db } = await import('@/lib/db');
    const [first] = await newestArticlePaths('en', 1);
    await db.pieceText.updateMany({ where: { locale: 'en', piece: { slug: first!.piece } }, data: { title: '' } });
    expect((await newestArticlePaths('en', 5)).map((p) => p.piece)).not.toContain(first!.piece);
    expect((await newestArticlePaths('zh-HK', 5)).map((p) => p.piece)).toContain(first!.piece);
  });
});
