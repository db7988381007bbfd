// bench:seed's synthetic archive, on a real SQLite file: readers, crawlers and editors see
// its pieces as real ones, and the 1% figure is used by every hundredth piece.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_PERCENT_FIGURE, SYNTHETIC_SERIES, syntheticOldSlug, syntheticPiece } from '@/lib/bench/synthetic-content';
import { pieceContentSchema } from '@/lib/pieces/schemas';
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
  await temp.cleanup();
});

describe('synthetic pieces', () => {
  it('are valid content in both locales, deterministic, and spread the 1% figure over every series', () => {
    const a = syntheticPiece(7, ['x', 'y']);
    expect(syntheticPiece(7, ['x', 'y'])).toEqual(a);
    expect(() => pieceContentSchema.parse(a.content)).not.toThrow();
    const hundredths = [100, 200, 300, 400].map((n) => syntheticPiece(n, ['x']));
    expect(new Set(hundredths.map((p) => p.seriesSlug))).toEqual(new Set(SYNTHETIC_SERIES));
    expect(hundredths.every((p) => p.content.blocks[0]!.texts.en.text.includes(`{{${ONE_PERCENT_FIGURE}}}`))).toBe(true);
    expect(syntheticPiece(101, ['x']).content.blocks.some((b) => b.texts.en.text.includes(ONE_PERCENT_FIGURE))).toBe(false);
  });
});

describe('growSyntheticArchive', () => {
  it('grows the archive to a target in steps, and readers, crawlers and the figure index see it', async () => {
    const { growSyntheticArchive, syntheticPieceCount } = await import('@/lib/bench/synthetic-archive');
    expect(await growSyntheticArchive(150)).toBe(150);
    expect(await growSyntheticArchive(230)).toBe(80);
    expect(await growSyntheticArchive(230)).toBe(0);
    expect(await syntheticPieceCount()).toBe(230);

    const { db } = await import('@/lib/db');
    const users = await db.piece.count({ where: { blocks: { some: { figureRefs: { some: { figure: { key: ONE_PERCENT_FIGURE } } } } } } });
    expect(users).toBe(2);
    const { getArticle } = await import('@/lib/pieces/queries');
    const series = syntheticPiece(200, ['x']).seriesSlug;
    const article = await getArticle(series, 'bench-200', 'zh-HK');
    expect(article?.title).toBe('存檔報道第200篇');
    expect(article?.figures[ONE_PERCENT_FIGURE]?.value).toBe(1000);
    const { getReaderSite } = await import('@/lib/seo/queries');
    expect((await getReaderSite()).pieces.filter((p) => p.slug.startsWith('bench-'))).toHaveLength(230);
    // Every tenth piece's old address answers 301 to its current one, in both locales.
    const { loadRetiredPaths } = await import('@/lib/seo/routing/retired-paths');
    const retired = [...(await loadRetiredPaths()).entries()].filter(([path]) => path.includes('/bench-'));
    expect(retired).toHaveLength(2 * 23);
    expect(retired.find(([path]) => path === `/en/${series}/${syntheticOldSlug(200)}`)?.[1]).toEqual({ status: 301, location: `/en/${series}/bench-200` });
  });
});
