// Lists of published pieces with bounded size: the front page shows each series' newest
// pieces, series pages come in pages, and an article reads only its neighbours and the
// pieces its teasers point to. No reader page loads a whole series, so none grows with it.
import 'server-only';
import { cache } from 'react';
import { isLocale, type Locale } from '@/i18n/locales';
import { cachedDatedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from './access';
import { summarySelect, toSummary } from './summary';
import type { SeriesPage, SeriesView } from './types';

/** Newest pieces per series on the front page; the series page has the rest. */
export const FRONT_PAGE_PER_SERIES = 6;
/** Pieces per series page. */
export const SERIES_PAGE_SIZE = 30;

export const pageCountOf = (pieceCount: number) => Math.max(1, Math.ceil(pieceCount / SERIES_PAGE_SIZE));

const seriesHeadSelect = (locale: Locale) => ({ id: true, slug: true, texts: { where: { locale }, select: { title: true, description: true } } }) as const;

/** Every series with its newest published pieces (at most FRONT_PAGE_PER_SERIES), in series order; no counting, so it costs the same at any size. */
export const listSeries = cache((locale: Locale): Promise<SeriesView[]> => cachedDatedRead('front', [locale], [TAGS.listings], () => readSeriesList(locale)));

async function readSeriesList(locale: Locale): Promise<SeriesView[]> {
  const rows = await db.series.findMany({
    orderBy: { createdAt: 'asc' },
    select: seriesHeadSelect(locale),
  });
  return Promise.all(
    rows.map(async (s) => {
      const newest = await db.piece.findMany({
        where: { seriesId: s.id, ...readerVisiblePieceWhere() },
        orderBy: { position: 'desc' },
        take: FRONT_PAGE_PER_SERIES,
        select: summarySelect,
      });
      return {
        slug: s.slug,
        title: s.texts[0]?.title ?? s.slug,
        description: s.texts[0]?.description ?? '',
        pieces: newest.reverse().map((p) => toSummary(p, locale)),
      };
    }),
  );
}

/** Series slugs, for static generation. */
export async function listSeriesSlugs(): Promise<string[]> {
  return (await db.series.findMany({ orderBy: { createdAt: 'asc' }, select: { slug: true } })).map((s) => s.slug);
}

/** Page `page` (1-based) of a series' published pieces in order; null for an unknown series or page. */
export const getSeriesPage = cache(async (slug: string, locale: Locale, page: number): Promise<SeriesPage | null> => {
  if (!Number.isInteger(page) || page < 1) return null;
  // Unknown series answer before the cache, so probing addresses fills nothing.
  if (!(await db.series.findUnique({ where: { slug }, select: { id: true } }))) return null;
  return cachedDatedRead('series-page', [slug, locale, page], [TAGS.listings, TAGS.series(slug)], () => readSeriesPage(slug, locale, page));
});

async function readSeriesPage(slug: string, locale: Locale, page: number): Promise<SeriesPage | null> {
  const s = await db.series.findUnique({ where: { slug }, select: seriesHeadSelect(locale) });
  if (!s) return null;
  const where = { seriesId: s.id, ...readerVisiblePieceWhere() };
  const [pieceCount, rows] = await Promise.all([
    db.piece.count({ where }),
    db.piece.findMany({ where, orderBy: { position: 'asc' }, skip: (page - 1) * SERIES_PAGE_SIZE, take: SERIES_PAGE_SIZE, select: summarySelect }),
  ]);
  const pageCount = pageCountOf(pieceCount);
  if (page > pageCount) return null;
  return {
    slug: s.slug,
    title: s.texts[0]?.title ?? s.slug,
    description: s.texts[0]?.description ?? '',
    pieceCount,
    page,
    pageCount,
    pieces: rows.map((p) => toSummary(p, locale)),
  };
}

/** The published pieces just before and after a position in a series, as rows. */
export async function neighbourRows(seriesSlug: string, position: number) {
  const where = { series: { slug: seriesSlug }, ...readerVisiblePieceWhere() };
  const [previous, next] = await Promise.all([
    db.piece.findFirst({ where: { ...where, position: { lt: position } }, orderBy: { position: 'desc' }, select: summarySelect }),
    db.piece.findFirst({ where: { ...where, position: { gt: position } }, orderBy: { position: 'asc' }, select: summarySelect }),
  ]);
  return { previous, next };
}

/** The published pieces of a series with these slugs (teaser targets), as rows; none when there are no slugs. */
export async function teaserRows(seriesSlug: string, slugs: string[]) {
  if (!slugs.length) return [];
  return db.piece.findMany({ where: { series: { slug: seriesSlug }, slug: { in: slugs }, ...readerVisiblePieceWhere() }, orderBy: { position: 'asc' }, select: summarySelect });
}

/** A series' texts in every locale, without its pieces: what a series page's <head> needs. */
export const getSeriesTexts = cache(async (slug: string) => {
  if (!(await db.series.findUnique({ where: { slug }, select: { id: true } }))) return null;
  const s = await cachedDatedRead('series-texts', [slug], [TAGS.series(slug)], () =>
    db.series.findUnique({ where: { slug }, select: { slug: true, createdAt: true, texts: { select: { locale: true, title: true, description: true } } } }),
  );
  if (!s) return null;
  const texts: Partial<Record<Locale, { title: string; description: string }>> = {};
  for (const { locale, ...t } of s.texts) if (isLocale(locale)) texts[locale] = t;
  return { slug: s.slug, createdAt: s.createdAt, texts };
});
