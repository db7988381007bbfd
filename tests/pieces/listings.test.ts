// Bounded lists on a real SQLite file with a synthetic archive: the front page shows each
// series' newest pieces, series pages come 30 at a time, articles read only their neighbours,
// and the dashboard pages each series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePageSegment, seriesPagePath } from '@/lib/pieces/series-paths';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

let temp: TempDatabase;
let L: typeof import('@/lib/pieces/listings');
const SERIES = 'bench-policy'; // 75 of the 300 synthetic pieces

beforeAll(async () => {
  temp = await useTempDatabase();
  const { seed } = await import('@/prisma/seed/index');
  await seed(() => {});
  const { growSyntheticArchive } = await import('@/lib/bench/synthetic-archive');
  await growSyntheticArchive(300);
  L = await import('@/lib/pieces/listings');
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await temp.cleanup();
});

describe('series page addresses', () => {
  it('keeps page 1 at the series and later pages at /page/<k>', () => {
    expect(seriesPagePath('s', 1)).toBe('/s');
    expect(seriesPagePath('s', 3)).toBe('/s/page/3');
    expect(['2', '10', '1', '0', '02', 'x', '2.5', '9999999'].map(parsePageSegment)).toEqual([2, 10, null, null, null, null, null, null]);
  });
});

describe('reader listings', () => {
  it('shows each series’ newest pieces on the front page, in series order', async () => {
    const series = await L.listSeries('en');
    const markets = series.find((s) => s.slug === SERIES)!;
    expect(markets.pieces).toHaveLength(L.FRONT_PAGE_PER_SERIES);
    const positions = markets.pieces.map((p) => p.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.at(-1)).toBe(75);
    const race = series.find((s) => s.slug === 'global-ai-race')!;
    expect(race.pieces.map((p) => p.slug)).toEqual(['china-cost-revolution', 'who-defines-ai-future']);
  });

  it('pages a series 30 at a time, and has no page past the last', async () => {
    const first = await L.getSeriesPage(SERIES, 'zh-HK', 1);
    const last = await L.getSeriesPage(SERIES, 'zh-HK', 3);
    expect(first).toMatchObject({ pieceCount: 75, pageCount: 3, page: 1 });
    expect(first?.pieces.map((p) => p.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(last?.pieces.map((p) => p.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 61));
    expect(last?.pieces[0]?.title).toMatch(/^存檔報道第\d+篇$/);
    expect(await L.getSeriesPage(SERIES, 'zh-HK', 4)).toBeNull();
    expect(await L.getSeriesPage('no-such-series', 'zh-HK', 1)).toBeNull();
    expect((await L.getSeriesPage('global-ai-race', 'en', 1))?.pageCount).toBe(1);
  });

  it('gives an article its neighbours across page boundaries without reading the series', async () => {
    const { getArticle } = await import('@/lib/pieces/queries');
    const page2 = await L.getSeriesPage(SERIES, 'en', 2);
    const first = page2!.pieces[0]!;
    const article = await getArticle(SERIES, first.slug, 'en');
    expect(article?.previous?.position).toBe(30);
    expect(article?.next?.position).toBe(32);
    expect(article?.seriesPieces).toEqual([]);
  });
});

describe('dashboard', () => {
  it('shows each series’ last page by default and any page on request', async () => {
    const { dashboard, DASHBOARD_PAGE_SIZE } = await import('@/lib/pieces/admin-queries');
    const all = await dashboard('en');
    const markets = all.find((s) => s.slug === SERIES)!;
    expect(markets).toMatchObject({ pieceCount: 75, pageCount: 2, page: 2, offset: DASHBOARD_PAGE_SIZE + 1 });
    expect(markets.pieces).toHaveLength(25);
    const paged = await dashboard('en', { [SERIES]: 1 });
    expect(paged.find((s) => s.slug === SERIES)?.pieces).toHaveLength(DASHBOARD_PAGE_SIZE);
    expect(paged.find((s) => s.slug === 'global-ai-race')?.pieces.map((p) => p.slug)).toEqual(['china-cost-revolution', 'who-defines-ai-future', 'ai-talent-flows']);
    expect((await dashboard('en', { [SERIES]: 99 })).find((s) => s.slug === SERIES)?.page).toBe(2);
  });
});
